import { shareLink, type ShareLink } from '@steady/core';
import { useMemo, useState } from 'preact/hooks';
import { formatInstant } from '../../lib/dates.ts';
import { useShell } from '../../shell/context.ts';
import { useVault, VaultContext } from '../../vault/api.ts';
import { relayBase } from '../../vault/relay.ts';
import { useLockState, useSession } from '../../vault/sessionContext.ts';
import { useRecords } from '../../vault/useRecords.ts';
import { LoadFailed, Loading } from '../../ui/Status.tsx';
import { revokeShare } from './shareRelay.ts';

/**
 * Settings' list of the links made on this device to share a report (ShareWithAdvocate),
 * newest first, each with its state and a button that stops it on the relay at once.
 * Nothing is deleted here: a stopped link stays listed, marked so.
 */
export function SharedLinks() {
  // Settings shows while locked too: this part has the open vault's records to itself.
  const session = useSession();
  const { status } = useLockState();
  const api = useMemo(() => (status === 'open' ? session.api() : null), [session, status]);
  if (!api) return null;
  return (
    <VaultContext.Provider value={api}>
      <LinkList />
    </VaultContext.Provider>
  );
}

function LinkList() {
  const { t } = useShell();
  const { items, unreadable, failed, reload } = useRecords(shareLink);
  if (items !== null && items.length === 0 && unreadable === 0 && !failed) return null;
  return (
    <section class="shared-links" aria-labelledby="shared-links-title">
      <h2 id="shared-links-title">{t('shares.title')}</h2>
      {items === null && <Loading />}
      {failed && <LoadFailed text={t('shares.loadFailed')} />}
      {unreadable > 0 && <p>{t('shares.unreadable', { count: unreadable })}</p>}
      {items !== null && (
        <ul>
          {[...items]
            .sort((a, b) => b.madeAt.localeCompare(a.madeAt))
            .map((link) => (
              <SharedLinkItem key={link.shareId} link={link} onChange={reload} />
            ))}
        </ul>
      )}
    </section>
  );
}

function SharedLinkItem({ link, onChange }: { link: ShareLink; onChange(): Promise<void> }) {
  const { t, locale } = useShell();
  const session = useSession();
  const vault = useVault();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(false);
  const expired = Date.parse(link.expiresAt) <= Date.now();
  const describedBy = `shared-link-${link.shareId}`;

  async function revoke() {
    setBusy(true);
    setProblem(false);
    try {
      await revokeShare(relayBase(session.relayOrigin), link.shareId, link.token);
      await vault.put(shareLink, link.shareId, { ...link, revokedAt: new Date().toISOString() });
      await onChange();
    } catch {
      setProblem(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="shared-link">
      <p id={describedBy}>
        {t('shares.item', {
          count: link.entries,
          made: formatInstant(link.madeAt, locale),
        })}
        <br />
        {link.revokedAt !== null
          ? t('shares.revoked', { when: formatInstant(link.revokedAt, locale) })
          : expired
            ? t('shares.expired', { when: formatInstant(link.expiresAt, locale) })
            : t('shares.active', { when: formatInstant(link.expiresAt, locale) })}
      </p>
      {link.revokedAt === null && !expired && (
        <button
          type="button"
          class="secondary"
          aria-describedby={describedBy}
          disabled={busy}
          onClick={() => void revoke()}
        >
          {busy ? t('shares.revoking') : t('shares.revoke')}
        </button>
      )}
      <p role="status" class="error">
        {problem ? t('shares.revokeFailed') : ''}
      </p>
    </li>
  );
}
