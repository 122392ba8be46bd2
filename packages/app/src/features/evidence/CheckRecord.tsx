import './evidence.css';
import { verifyPackage, type Problem, type Verdict } from '@steady/core/evidence';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import type { Locale, Translate } from '../../i18n/index.ts';
import { formatDay, formatInstant } from '../../lib/dates.ts';
import { checkPackageFile, groupHex, PACKAGE_LIMIT } from './format.ts';
import { entryNames, type EntryName } from './names.ts';

type State =
  | { step: 'choose' }
  | { step: 'checking' }
  | { step: 'refused'; message: 'check.empty' | 'check.tooBig' | 'check.unreadable' }
  | { step: 'done'; verdict: Verdict; names: Map<string, EntryName> };

/**
 * Checks a package someone was given, without a vault: the file is read in this page
 * (never sent, never stored) and forgotten when the person leaves the screen. The verdict
 * is verifyPackage's alone; the entries' names are read from the files only to say
 * which entry a problem is in.
 */
export function CheckRecord() {
  const { t, locale } = useShell();
  const [state, setState] = useState<State>({ step: 'choose' });

  async function check(file: File | undefined) {
    if (!file) return;
    const refused = checkPackageFile(file);
    if (refused) {
      setState({ step: 'refused', message: refused === 'empty' ? 'check.empty' : 'check.tooBig' });
      return;
    }
    setState({ step: 'checking' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const verdict = await verifyPackage(bytes);
      setState({ step: 'done', verdict, names: entryNames(bytes) });
    } catch {
      setState({ step: 'refused', message: 'check.unreadable' });
    }
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
          accept=".zip,application/zip"
          onChange={(event) => void check(event.currentTarget.files?.[0])}
        />
      </div>
      <div class="check-result" role="status">
        {state.step === 'checking' && <Loading live={false} text={t('check.checking')} />}
        {state.step === 'refused' && (
          <p class="error">{t(state.message, { limit: PACKAGE_LIMIT.label })}</p>
        )}
        {state.step === 'done' && (
          <VerdictView verdict={state.verdict} names={state.names} t={t} locale={locale} />
        )}
      </div>
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
