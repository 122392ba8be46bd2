import type { JournalRecord, TimestampReceipt } from '@steady/core';
import { shareLink } from '@steady/core';
import { useState } from 'preact/hooks';
import { formatInstant } from '../../lib/dates.ts';
import { useShell } from '../../shell/context.ts';
import { useMounted } from '../../ui/useMounted.ts';
import { useVault } from '../../vault/api.ts';
import { relayBase, RelayError } from '../../vault/relay.ts';
import { useServerBackup, useSession } from '../../vault/sessionContext.ts';
import { makeEvidencePackage } from '../evidence/build.ts';
import { postShare, revokeShare } from './shareRelay.ts';

type Problem = 'share.offline' | 'share.tooLarge' | 'share.busy' | 'share.full' | 'share.failed';

type State =
  | { step: 'ready' }
  | { step: 'making' }
  | { step: 'failed'; problem: Problem }
  | { step: 'made'; link: string; expiresAt: string; downloads: number; copied: boolean | null };

function problemOf(error: unknown): Problem {
  if (!(error instanceof RelayError)) return 'share.failed';
  if (error.problem === 'offline') return 'share.offline';
  if (error.problem === 'too-large') return 'share.tooLarge';
  if (error.problem === 'busy') return 'share.busy';
  if (error.problem === 'full' || error.problem === 'quota') return 'share.full';
  return 'share.failed';
}

/**
 * The same package, sealed under a fresh key that only the link holds, and stored on the
 * relay for one download within 72 hours: for an advocate, without email. Offered only
 * while server backup is on (this server has a relay, and the person chose to use it).
 * The link is shown once, to copy; Settings keeps the token that stops it.
 */
export function ShareWithAdvocate({
  records,
  receipts,
  printed,
  waiting,
}: {
  records: readonly JournalRecord[];
  receipts: ReadonlyMap<string, TimestampReceipt>;
  /** The report on screen, carried as a PDF. */
  printed: () => HTMLElement | null;
  /** The report on screen is still reading its photos. */
  waiting: boolean;
}) {
  const { t, locale } = useShell();
  const vault = useVault();
  const session = useSession();
  const backup = useServerBackup();
  const [state, setState] = useState<State>({ step: 'ready' });
  const onScreen = useMounted();
  if (!backup.on) return null;

  async function share() {
    setState({ step: 'making' });
    try {
      const [made, { sealShare, shareUrl }] = await Promise.all([
        makeEvidencePackage(vault, records, receipts, t, locale, printed()),
        import('@steady/core/share'),
      ]);
      const { sealed, key } = await sealShare(made.bytes);
      // Locked meanwhile (the screen is gone): nothing goes to the relay.
      if (!onScreen()) return;
      const base = relayBase(session.relayOrigin);
      const stored = await postShare(base, sealed);
      try {
        await vault.put(shareLink, stored.id, {
          shareId: stored.id,
          token: stored.token,
          madeAt: made.madeAt.toISOString(),
          expiresAt: stored.expiresAt,
          downloads: stored.downloads,
          entries: made.manifest.chain.count,
          revokedAt: null,
        });
      } catch (error) {
        // Not kept here (locked, or storage failed): Settings could never stop it, so
        // it is stopped now; the screen says sharing failed.
        await revokeShare(base, stored.id, stored.token).catch(() => undefined);
        throw error;
      }
      if (!onScreen()) return;
      setState({
        step: 'made',
        link: shareUrl(location.origin, stored.id, key),
        expiresAt: stored.expiresAt,
        downloads: stored.downloads,
        copied: null,
      });
    } catch (error) {
      if (onScreen()) setState({ step: 'failed', problem: problemOf(error) });
    }
  }

  async function copy(link: string, made: Extract<State, { step: 'made' }>) {
    try {
      await navigator.clipboard.writeText(link);
      setState({ ...made, copied: true });
    } catch {
      setState({ ...made, copied: false });
    }
  }

  return (
    <div class="evidence-share">
      <h3 id="share-title">{t('share.title')}</h3>
      <p>{t('share.intro')}</p>
      <p class="hint" id="share-warning">
        {t('share.warning')}
      </p>
      <button
        type="button"
        class="secondary"
        aria-describedby="share-warning"
        disabled={state.step === 'making' || waiting}
        onClick={() => void share()}
      >
        {t('share.make')}
      </button>
      <div role="status" class="share-status">
        {state.step === 'making' && <p>{t('share.making')}</p>}
        {state.step === 'failed' && <p class="error">{t(state.problem)}</p>}
        {state.step === 'made' && <p>{t('share.made')}</p>}
      </div>
      {state.step === 'made' && (
        <div class="share-link">
          <label for="share-link">{t('share.linkLabel')}</label>
          <input
            id="share-link"
            type="text"
            readOnly
            autoComplete="off"
            spellcheck={false}
            value={state.link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy(state.link, state)}>
            {t('share.copy')}
          </button>
          <p role="status">
            {state.copied === true && t('share.copied')}
            {state.copied === false && t('share.copyFailed')}
          </p>
          <p>{t('share.expires', { when: formatInstant(state.expiresAt, locale) })}</p>
          <p>{t('share.downloads', { count: state.downloads })}</p>
          <p class="hint">{t('share.revokeHint')}</p>
        </div>
      )}
    </div>
  );
}
