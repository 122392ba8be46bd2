import { useState } from 'preact/hooks';
import { reflect, type SelfCheck, type Sign } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { newId, type VaultApi } from '../../vault/api.ts';
import { useFocusOn } from '../learn/useFocus.ts';
import { WhatHelpsList } from '../learn/WhatHelpsList.tsx';
import { ChapterLinks } from './ChapterLinks.tsx';
import {
  selfCheckResult,
  writtenOf,
  WRITTEN_ANSWER_MAX,
  type Level,
  type ReflectionId,
  type SelfCheckResult,
} from '@steady/core';
import { questionsOf } from './written.tsx';

type Texts = Partial<Record<ReflectionId, string>>;

const tooLong = (text: string | undefined) => (text?.length ?? 0) > WRITTEN_ANSWER_MAX;

/**
 * A sign that showed up, with its questions to sit with: each with a place to answer in
 * the person's own words until the check-in is saved, then what they wrote.
 */
function SignResult({
  sign,
  learnMoreLabel,
  reflectionsHeading,
  texts,
  saved,
  onWrite,
}: {
  sign: Sign;
  learnMoreLabel: string;
  reflectionsHeading: string;
  texts: Texts;
  /** Saved: what was written is shown as kept, no longer as a field. */
  saved: boolean;
  onWrite(id: ReflectionId, text: string): void;
}) {
  const { t, locale } = useShell();
  const max = new Intl.NumberFormat(locale).format(WRITTEN_ANSWER_MAX);
  return (
    <li class="card selfcheck-sign">
      <h3>{sign.name}</h3>
      <p>{sign.result}</p>
      <h4>{reflectionsHeading}</h4>
      <ul class="selfcheck-questions">
        {questionsOf(sign).map(({ id, text: question }) => {
          const text = texts[id] ?? '';
          const over = tooLong(text);
          return (
            <li key={id}>
              {saved ? (
                <>
                  <p class="selfcheck-question">{question}</p>
                  {text.trim() !== '' && (
                    <p class="selfcheck-answer">
                      <span class="visually-hidden">{t('selfcheck.writtenYours')} </span>
                      {text}
                    </p>
                  )}
                </>
              ) : (
                <div class="field selfcheck-write">
                  <label for={`selfcheck-write-${id}`}>
                    <span class="selfcheck-question">{question}</span>{' '}
                    <span class="muted selfcheck-optional">{t('selfcheck.writeHint')}</span>
                  </label>
                  <textarea
                    id={`selfcheck-write-${id}`}
                    rows={3}
                    autoComplete="off"
                    spellcheck={false}
                    value={text}
                    aria-invalid={over}
                    aria-describedby={over ? `selfcheck-write-${id}-error` : undefined}
                    onInput={(event) => onWrite(id, event.currentTarget.value)}
                  />
                  {over && (
                    <p id={`selfcheck-write-${id}-error`} class="error">
                      {t('selfcheck.writtenTooLong', { max })}
                    </p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ChapterLinks label={learnMoreLabel} ids={sign.learnMore} />
    </li>
  );
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'too-long';

/** Reflections by sign, never a score; then the choice to keep this check-in. */
export function Results({
  content,
  checkIn,
  vault,
  warning,
  onHistory,
  onToStart,
}: {
  content: SelfCheck;
  checkIn: SelfCheckResult;
  /** The open vault, or null when Steady is not set up and unlocked. */
  vault: VaultApi | null;
  /** Something to tell the person that went wrong on the way here, or ''. */
  warning: string;
  onHistory(): void;
  onToStart(): void;
}) {
  const { t } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>('results');
  const [save, setSave] = useState<SaveState>('idle');
  const [texts, setTexts] = useState<Texts>({});
  const { results } = content;
  const reflection = reflect(content.signs, checkIn.answers);
  const byId = new Map(content.signs.map((s) => [s.id, s]));

  async function keep() {
    if (!vault || save === 'saving' || save === 'saved') return;
    // Refused before anything is written; the words stay in their fields to shorten.
    if (Object.values(texts).some(tooLong)) {
      setSave('too-long');
      return;
    }
    setSave('saving');
    try {
      await vault.put(selfCheckResult, newId(), { ...checkIn, written: writtenOf(texts) });
      setSave('saved');
    } catch {
      setSave('failed');
    }
  }

  const group = (level: Level, title: string) => {
    if (reflection.kind !== 'signs-showed-up') return null;
    const signs = reflection.signs.filter((s) => s.level === level);
    if (signs.length === 0) return null;
    return (
      <section class="selfcheck-group" aria-labelledby={`selfcheck-${level}`}>
        <h2 id={`selfcheck-${level}`}>{title}</h2>
        <ul class="selfcheck-signs">
          {signs.map(({ sign }) => {
            const found = byId.get(sign);
            return (
              found && (
                <SignResult
                  key={sign}
                  sign={found}
                  learnMoreLabel={results.learnMoreLabel}
                  reflectionsHeading={results.reflectionsHeading}
                  texts={texts}
                  saved={save === 'saved'}
                  onWrite={(id, text) => {
                    setTexts((current) => ({ ...current, [id]: text }));
                    if (save === 'failed' || save === 'too-long') setSave('idle');
                  }}
                />
              )
            );
          })}
        </ul>
      </section>
    );
  };

  const paragraphs =
    reflection.kind === 'signs-showed-up'
      ? results.intro
      : reflection.kind === 'none-showed-up'
        ? results.noneShowedUp
        : results.nothingAnswered;

  return (
    <section class="screen selfcheck selfcheck-results" aria-labelledby="selfcheck-results">
      <h1 id="selfcheck-results" ref={heading} tabIndex={-1}>
        {results.heading}
      </h1>
      <p class="card selfcheck-not">{results.notADiagnosis}</p>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {group('often', results.showedUpOften)}
      {group('sometimes', results.showedUpSometimes)}

      <ChapterLinks label={results.learnMore.text} ids={results.learnMore.chapters} />

      <section class="selfcheck-helps" aria-labelledby="selfcheck-helps">
        <h2 id="selfcheck-helps">{t('learn.whatHelps')}</h2>
        <WhatHelpsList items={results.whatHelps} />
      </section>

      <section class="card selfcheck-save" aria-labelledby="selfcheck-save">
        <h2 id="selfcheck-save">{t('selfcheck.saveTitle')}</h2>
        {vault ? (
          <>
            {save !== 'saved' && <p>{t('selfcheck.saveHint')}</p>}
            <div class="row">
              {save !== 'saved' ? (
                <button type="button" disabled={save === 'saving'} onClick={() => void keep()}>
                  {save === 'saving' ? t('selfcheck.saving') : t('selfcheck.save')}
                </button>
              ) : (
                <button type="button" onClick={onHistory}>
                  {t('selfcheck.history')}
                </button>
              )}
            </div>
            <p role="status" class={save === 'failed' || save === 'too-long' ? 'error' : 'ok'}>
              {save === 'saved'
                ? t('selfcheck.saved')
                : save === 'failed'
                  ? t('selfcheck.saveError')
                  : save === 'too-long'
                    ? t('selfcheck.saveTooLong')
                    : ''}
            </p>
          </>
        ) : (
          <p>{t('selfcheck.saveNeedsVault')}</p>
        )}
      </section>
      {warning && <p class="error">{warning}</p>}

      <div class="row">
        <button type="button" class="secondary" onClick={onToStart}>
          {t('selfcheck.toStart')}
        </button>
      </div>
    </section>
  );
}
