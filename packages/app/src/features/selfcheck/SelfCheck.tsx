import '../learn/learn.css';
import './selfcheck.css';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { StatementId } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { LoadFailed, Loading } from '../../ui/Status.tsx';
import { VaultContext } from '../../vault/api.ts';
import { useSelfCheck } from '../learn/useContent.ts';
import { Compare } from './Compare.tsx';
import { History } from './History.tsx';
import { Intro } from './Intro.tsx';
import { Paused } from './Paused.tsx';
import { Questions } from './Questions.tsx';
import {
  makeSelfCheckResult,
  selfCheckDraft,
  type Choice,
  type Choices,
  type SelfCheckDraft,
  type SelfCheckResult,
} from '@steady/core';
import { Results } from './Results.tsx';

type View =
  | { name: 'intro' }
  | { name: 'questions'; step: number }
  | { name: 'paused' }
  | { name: 'results'; checkIn: SelfCheckResult }
  | { name: 'history' }
  | { name: 'compare'; earlier: SelfCheckResult; later: SelfCheckResult };

/**
 * The self-check: an introduction, the statements one sign at a time, then
 * reflections by sign. Answers live on screen until the person chooses to pause
 * (kept encrypted) or save (kept encrypted, with the date). No score, anywhere.
 */
export function SelfCheckScreen() {
  const { t, locale } = useShell();
  // Null while Steady is not set up and unlocked: the check still works, nothing is kept.
  const vault = useContext(VaultContext);
  const loaded = useSelfCheck(locale);
  const [view, setView] = useState<View>({ name: 'intro' });
  const [choices, setChoices] = useState<Choices>({});
  // undefined while the vault is still being asked whether a self-check was paused.
  const [draft, setDraft] = useState<SelfCheckDraft | null | undefined>(vault ? undefined : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [warning, setWarning] = useState('');

  useEffect(() => {
    if (!vault) return;
    let live = true;
    // If this read fails, "carry on" is simply not offered; the paused answers stay locked.
    vault.read(selfCheckDraft, 'current').then(
      (read) => {
        if (live) setDraft(read?.ok ? read.value : null);
      },
      () => {
        if (live) setDraft(null);
      },
    );
    return () => {
      live = false;
    };
  }, [vault]);

  if (loaded.state !== 'ready') {
    return (
      <section class="screen selfcheck" aria-labelledby="selfcheck-loading">
        <h1 id="selfcheck-loading">{t('nav.selfcheck')}</h1>
        {loaded.state === 'loading' ? (
          <Loading text={t('selfcheck.loading')} />
        ) : (
          <LoadFailed
            text={t('selfcheck.loadError')}
            retryLabel={t('selfcheck.retry')}
            onRetry={loaded.retry}
          />
        )}
      </section>
    );
  }
  const content = loaded.value;

  function discardDraft(): Promise<void> {
    const had = draft !== null && draft !== undefined;
    setDraft(null);
    if (!had || !vault) return Promise.resolve();
    return vault.delete(selfCheckDraft, 'current');
  }

  function show(next: View) {
    setError('');
    setView(next);
  }

  function start() {
    setChoices({});
    setWarning('');
    show({ name: 'questions', step: 0 });
    discardDraft().catch(() => setError(t('selfcheck.clearError')));
  }

  function resume() {
    if (draft) {
      setChoices(draft.choices);
      show({ name: 'questions', step: draft.step });
    }
  }

  async function pause(step: number) {
    const next: SelfCheckDraft = { version: 1, choices, step };
    if (!vault) {
      setDraft(next);
      show({ name: 'paused' });
      return;
    }
    setBusy(true);
    try {
      await vault.put(selfCheckDraft, 'current', next);
      setDraft(next);
      show({ name: 'paused' });
    } catch {
      setError(t('selfcheck.pauseError'));
    } finally {
      setBusy(false);
    }
  }

  function finish() {
    setWarning('');
    show({ name: 'results', checkIn: makeSelfCheckResult(choices, new Date()) });
    discardDraft().catch(() => setWarning(t('selfcheck.clearError')));
  }

  function toStart() {
    setChoices({});
    show({ name: 'intro' });
  }

  switch (view.name) {
    case 'questions':
      return (
        <Questions
          content={content}
          step={view.step}
          choices={choices}
          busy={busy}
          error={error}
          onChoose={(id: StatementId, choice: Choice) =>
            setChoices((current) => ({ ...current, [id]: choice }))
          }
          onBack={() => show({ name: 'questions', step: Math.max(0, view.step - 1) })}
          onNext={() =>
            view.step >= content.signs.length - 1
              ? finish()
              : show({ name: 'questions', step: view.step + 1 })
          }
          onPause={() => void pause(view.step)}
        />
      );
    case 'paused':
      return <Paused content={content} kept={vault !== null} onResume={resume} />;
    case 'results':
      return (
        <Results
          content={content}
          checkIn={view.checkIn}
          vault={vault}
          warning={warning}
          onHistory={() => show({ name: 'history' })}
          onToStart={toStart}
        />
      );
    case 'history':
      if (vault)
        return (
          <History
            content={content}
            vault={vault}
            onCompare={(earlier, later) => show({ name: 'compare', earlier, later })}
            onBack={toStart}
          />
        );
      break;
    case 'compare':
      return (
        <Compare
          content={content}
          earlier={view.earlier}
          later={view.later}
          onBack={() => show({ name: 'history' })}
        />
      );
    case 'intro':
      break;
  }
  return (
    <Intro
      content={content}
      checking={draft === undefined}
      paused={!!draft}
      canKeep={vault !== null}
      onStart={start}
      onResume={resume}
      onHistory={() => show({ name: 'history' })}
    />
  );
}
