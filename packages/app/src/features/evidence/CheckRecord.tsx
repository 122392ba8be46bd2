import './evidence.css';
import {
  isLockedPackage,
  isLockError,
  openLockedPackage,
  verifyPackage,
  type LockErrorCode,
  type Problem,
  type Verdict,
} from '@steady/core/evidence';
import { useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import type { Locale, Translate } from '../../i18n/index.ts';
import { formatDay, formatInstant } from '../../lib/dates.ts';
import { deriveInWorker } from '../../vault/kdf.ts';
import { offerDownload } from '../backup/download.ts';
import { PassphraseField } from '../lock/PassphraseField.tsx';
import { checkPackageFile, groupHex, PACKAGE_LIMIT, packageFileName } from './format.ts';
import { entryNames, type EntryName } from './names.ts';

type State =
  | { step: 'choose' }
  | { step: 'checking' }
  | { step: 'refused'; message: 'check.empty' | 'check.tooBig' | 'check.unreadable' }
  | { step: 'locked'; bytes: Uint8Array; opening: boolean; error: LockErrorCode | null }
  | { step: 'lock-refused'; code: LockErrorCode }
  | {
      step: 'done';
      verdict: Verdict;
      names: Map<string, EntryName>;
      /** The package as opened from a locked file, to save as a .zip if asked. */
      opened: Uint8Array<ArrayBuffer> | null;
    };

/** Refusals that trying another passphrase cannot change: the file itself is the problem. */
const FILE_REFUSALS: ReadonlySet<LockErrorCode> = new Set([
  'cut-short',
  'damaged',
  'not-locked',
  'unsupported-version',
]);

/**
 * Checks a package someone was given, without a vault: the file is read in this page
 * (never sent, never stored) and forgotten when the person leaves the screen. A locked
 * package is opened first with the passphrase typed here (a wrong one is said so, and
 * nothing of the file is shown); the opened package can be saved as a .zip. The verdict
 * is verifyPackage's alone; the entries' names are read from the files only to say
 * which entry a problem is in.
 */
export function CheckRecord() {
  const { t, locale } = useShell();
  const [state, setState] = useState<State>({ step: 'choose' });
  const choice = useRef(0);
  const [passphrase, setPassphrase] = useState('');

  async function verify(bytes: Uint8Array<ArrayBuffer>, opened: boolean) {
    const verdict = await verifyPackage(bytes);
    setState({ step: 'done', verdict, names: entryNames(bytes), opened: opened ? bytes : null });
  }

  async function check(file: File | undefined) {
    if (!file) return;
    // A newer choice of file makes any answer still coming for an older one stale.
    const mine = ++choice.current;
    setPassphrase('');
    const refused = checkPackageFile(file);
    if (refused) {
      setState({ step: 'refused', message: refused === 'empty' ? 'check.empty' : 'check.tooBig' });
      return;
    }
    setState({ step: 'checking' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (choice.current !== mine) return;
      if (isLockedPackage(bytes)) setState({ step: 'locked', bytes, opening: false, error: null });
      else await verify(bytes, false);
    } catch {
      if (choice.current === mine) setState({ step: 'refused', message: 'check.unreadable' });
    }
  }

  async function unlock(event: Event) {
    event.preventDefault();
    if (state.step !== 'locked' || state.opening) return;
    const { bytes } = state;
    const mine = choice.current;
    setState({ step: 'locked', bytes, opening: true, error: null });
    try {
      const opened = await openLockedPackage(bytes, passphrase, { derive: deriveInWorker });
      if (choice.current !== mine) return;
      setPassphrase('');
      await verify(opened, true);
    } catch (error) {
      if (choice.current !== mine) return;
      if (!isLockError(error)) {
        setState({ step: 'refused', message: 'check.unreadable' });
      } else if (FILE_REFUSALS.has(error.code)) {
        setPassphrase('');
        setState({ step: 'lock-refused', code: error.code });
      } else {
        setState({ step: 'locked', bytes, opening: false, error: error.code });
        document.getElementById('check-passphrase')?.focus();
      }
    }
  }

  function saveOpened(opened: Uint8Array<ArrayBuffer>, madeAt: string | null) {
    const made = madeAt === null ? new Date() : new Date(madeAt);
    offerDownload(opened, packageFileName(Number.isNaN(made.getTime()) ? new Date() : made));
  }

  return (
    <section class="screen check-record" aria-labelledby="check-title">
      <h1 id="check-title">{t('check.title')}</h1>
      <p>{t('check.intro')}</p>
      <div class="field">
        <label for="check-file">{t('check.choose')}</label>
        <input
          autoComplete="off"
          id="check-file"
          type="file"
          accept=".zip,.enc,application/zip"
          onChange={(event) => void check(event.currentTarget.files?.[0])}
        />
      </div>
      {state.step === 'locked' && (
        <form class="check-unlock" onSubmit={(event) => void unlock(event)} noValidate>
          <h2>{t('check.lockedTitle')}</h2>
          <p id="check-passphrase-hint">{t('check.lockedText')}</p>
          <PassphraseField
            id="check-passphrase"
            label="check.passphrase"
            value={passphrase}
            onInput={setPassphrase}
            describedBy="check-passphrase-hint check-passphrase-error"
            invalid={state.error !== null}
          />
          <p id="check-passphrase-error" class="error" aria-live="polite">
            {state.error === null ? '' : t(`check.lock.${state.error}`)}
          </p>
          <button type="submit" disabled={state.opening}>
            {t('check.open')}
          </button>
        </form>
      )}
      <div class="check-result" role="status">
        {state.step === 'checking' && <Loading live={false} text={t('check.checking')} />}
        {state.step === 'locked' && state.opening && (
          <Loading live={false} text={t('check.opening')} />
        )}
        {state.step === 'refused' && (
          <p class="error">{t(state.message, { limit: PACKAGE_LIMIT.label })}</p>
        )}
        {state.step === 'lock-refused' && <p class="error">{t(`check.lock.${state.code}`)}</p>}
        {state.step === 'done' && (
          <VerdictView verdict={state.verdict} names={state.names} t={t} locale={locale} />
        )}
      </div>
      {state.step === 'done' && state.opened !== null && (
        <div class="check-save">
          <p class="hint" id="check-save-hint">
            {t('check.saveOpenedHint')}
          </p>
          <button
            type="button"
            aria-describedby="check-save-hint"
            onClick={() => state.opened && saveOpened(state.opened, state.verdict.madeAt)}
          >
            {t('check.saveOpened')}
          </button>
        </div>
      )}
    </section>
  );
}

/** What verifyPackage found, in words; also on the page that opens a shared link. */
export function VerdictView({
  verdict,
  names,
  t,
  locale,
}: {
  verdict: Verdict;
  names: Map<string, EntryName>;
  t: Translate;
  locale: Locale;
}) {
  const entryName = (id: string) => {
    const name = names.get(id);
    return name
      ? t('check.entryNamed', { date: formatDay(name.date, locale), words: name.words })
      : t('check.entryId', { id });
  };
  const where = (problem: Problem) =>
    [
      problem.entry === undefined ? '' : entryName(problem.entry),
      problem.version === undefined ? '' : t('check.version', { n: problem.version + 1 }),
      problem.file === undefined || problem.entry !== undefined
        ? ''
        : t('check.file', { file: problem.file }),
    ]
      .filter((part) => part !== '')
      .join(', ');

  return (
    <div class={verdict.ok ? 'check-verdict check-ok' : 'check-verdict check-changed'}>
      <h2>{verdict.ok ? t('check.ok') : t('check.changed')}</h2>
      <p>
        {verdict.ok
          ? t('check.okText')
          : t('check.changedText', { count: verdict.problems.length })}
      </p>
      {!verdict.ok && (
        <ul class="check-problems">
          {verdict.problems.map((problem, i) => {
            const place = where(problem);
            return (
              <li key={i}>
                {place !== '' && <strong>{place}: </strong>}
                {t(`check.problem.${problem.code}`)}
              </li>
            );
          })}
        </ul>
      )}
      {verdict.madeAt !== null && (
        <>
          <p>{t('check.madeAt', { when: formatInstant(verdict.madeAt, locale) })}</p>
          <p>
            {t('check.counts', {
              entries: verdict.entries,
              versions: verdict.versions,
              photos: verdict.photos,
              voiceNotes: verdict.voiceNotes,
              receipts: verdict.receipts,
            })}
          </p>
          {verdict.head !== null && (
            <>
              <h3>{t('check.head')}</h3>
              <p class="chain-head">{groupHex(verdict.head)}</p>
              {/* Only for an unchanged package: a changed entry can leave the head as it was. */}
              {verdict.ok && <p class="hint">{t('check.headHint')}</p>}
            </>
          )}
        </>
      )}
    </div>
  );
}
