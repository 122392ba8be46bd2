import { reflect, type SelfCheck } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { formatList } from './format.ts';
import type { SelfCheckResult } from '@steady/core';

/** Which signs came up in a check-in, in words. */
export function Summary({ content, checkIn }: { content: SelfCheck; checkIn: SelfCheckResult }) {
  const { t, locale } = useShell();
  const reflection = reflect(content.signs, checkIn.answers);
  if (reflection.kind === 'nothing-answered') return <p>{t('selfcheck.summaryNothing')}</p>;
  if (reflection.kind === 'none-showed-up') return <p>{t('selfcheck.summaryNone')}</p>;
  const names = new Map(content.signs.map((s) => [s.id, s.name]));
  const rows = [
    ['often', content.results.showedUpOften],
    ['sometimes', content.results.showedUpSometimes],
  ] as const;
  return (
    <dl class="selfcheck-summary">
      {rows.map(([level, label]) => {
        const shown = reflection.signs
          .filter((s) => s.level === level)
          .map((s) => names.get(s.sign) ?? s.sign);
        return (
          shown.length > 0 && (
            <div key={level}>
              <dt>{label}</dt>
              <dd>{formatList(locale, shown)}</dd>
            </div>
          )
        );
      })}
    </dl>
  );
}
