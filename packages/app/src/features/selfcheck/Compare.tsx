import type { SelfCheck } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { useFocusOn } from '../learn/useFocus.ts';
import { takenAtLabels } from './format.ts';
import { questionWords } from './written.tsx';
import { compareSelfChecks, compareWritten, type Level, type SelfCheckResult } from '@steady/core';

/** What changed between two check-ins, in words: which signs came up each time. */
export function Compare({
  content,
  earlier,
  later,
  onBack,
}: {
  content: SelfCheck;
  earlier: SelfCheckResult;
  later: SelfCheckResult;
  onBack(): void;
}) {
  const { t, locale } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>('compare');
  const dates = takenAtLabels(locale, [earlier.takenAt, later.takenAt]);
  const comparison = compareSelfChecks(content.signs, earlier, later);
  const names = new Map(content.signs.map((s) => [s.id, s.name]));
  const level = (l: Level) => t(`selfcheck.level.${l}`);
  const written = compareWritten(earlier, later);
  const questions = questionWords(content);
  const nothing =
    comparison.both.length + comparison.onlyLater.length + comparison.onlyEarlier.length === 0;

  const only = (id: string, title: string, list: typeof comparison.onlyLater) =>
    list.length > 0 && (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <ul>
          {list.map((s) => (
            <li key={s.sign}>
              {t('selfcheck.changedOnlyItem', {
                sign: names.get(s.sign) ?? s.sign,
                level: level(s.level),
              })}
            </li>
          ))}
        </ul>
      </section>
    );

  return (
    <section class="screen selfcheck" aria-labelledby="selfcheck-changed">
      <h1 id="selfcheck-changed" ref={heading} tabIndex={-1}>
        {t('selfcheck.changedTitle')}
      </h1>
      <p class="lead">{t('selfcheck.changedBetween', { earlier: dates[0]!, later: dates[1]! })}</p>
      <p class="card selfcheck-not">{t('selfcheck.changedNote')}</p>

      {nothing && <p>{t('selfcheck.changedNone')}</p>}
      {comparison.both.length > 0 && (
        <section aria-labelledby="selfcheck-both">
          <h2 id="selfcheck-both">{t('selfcheck.changedBoth')}</h2>
          <ul>
            {comparison.both.map((s) => {
              const sign = names.get(s.sign) ?? s.sign;
              return (
                <li key={s.sign}>
                  {s.before === s.after
                    ? t('selfcheck.changedBothSame', { sign, level: level(s.before) })
                    : t('selfcheck.changedBothDiffer', {
                        sign,
                        before: level(s.before),
                        after: level(s.after),
                      })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {only('selfcheck-later', t('selfcheck.changedOnlyLater'), comparison.onlyLater)}
      {only('selfcheck-earlier', t('selfcheck.changedOnlyEarlier'), comparison.onlyEarlier)}

      {written.length > 0 && (
        <section aria-labelledby="selfcheck-written">
          <h2 id="selfcheck-written">{t('selfcheck.writtenTitle')}</h2>
          <ul class="selfcheck-written-pairs">
            {written.map((pair) => (
              <li key={pair.id} class="card">
                <h3>{questions.get(pair.id) ?? t('selfcheck.writtenUnknownQuestion')}</h3>
                <dl class="selfcheck-written">
                  {(
                    [
                      [dates[0]!, pair.earlier],
                      [dates[1]!, pair.later],
                    ] as const
                  ).map(([date, text], i) => (
                    <div key={i}>
                      <dt>{date}</dt>
                      <dd class={text === undefined ? 'muted' : undefined}>
                        {text ?? t('selfcheck.writtenNothing')}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p class="selfcheck-ask">{t('selfcheck.changedAsk')}</p>
      <div class="row">
        <button type="button" class="secondary" onClick={onBack}>
          {t('selfcheck.backToHistory')}
        </button>
      </div>
    </section>
  );
}
