import { ANSWERS, type SelfCheck, type StatementId } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { useFocusOn } from '../learn/useFocus.ts';
import type { Choice, Choices } from '@steady/core';

const CHOICES: readonly Choice[] = [...ANSWERS, 'skip'];

/** One sign's statements, each a radio group on the scale, with skip. */
export function Questions({
  content,
  step,
  choices,
  busy,
  error,
  onChoose,
  onBack,
  onNext,
  onPause,
}: {
  content: SelfCheck;
  step: number;
  choices: Choices;
  busy: boolean;
  error: string;
  onChoose(id: StatementId, choice: Choice): void;
  onBack(): void;
  onNext(): void;
  onPause(): void;
}) {
  const { t } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>(step);
  const sign = content.signs[step];
  if (!sign) return null;
  const last = step === content.signs.length - 1;
  const label = (choice: Choice) =>
    choice === 'skip' ? t('selfcheck.skip') : content.scale.labels[choice];

  return (
    <section class="screen selfcheck" aria-labelledby="selfcheck-title">
      <h1 id="selfcheck-title">{content.title}</h1>
      <p class="muted selfcheck-part">
        {t('selfcheck.part', { n: step + 1, total: content.signs.length })}
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {sign.name}
      </h2>
      <p>{sign.description}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        <p id="selfcheck-prompt" class="selfcheck-prompt">
          {content.scale.prompt}
        </p>
        {sign.statements.map((statement) => (
          <RadioGroup
            key={statement.id}
            class="selfcheck-statement"
            describedBy="selfcheck-prompt"
            legend={statement.text}
            listClass="selfcheck-choices"
            choiceClass="selfcheck-choice"
            name={statement.id}
            options={CHOICES}
            value={choices[statement.id] ?? null}
            onChange={(choice) => onChoose(statement.id, choice)}
            label={label}
          />
        ))}
        <div class="row">
          <button type="submit">{last ? content.actions.finish : t('selfcheck.next')}</button>
          {step > 0 && (
            <button type="button" class="secondary" onClick={onBack}>
              {t('selfcheck.back')}
            </button>
          )}
          <button type="button" class="secondary" disabled={busy} onClick={onPause}>
            {content.actions.pause}
          </button>
        </div>
        <p role="alert" class="error">
          {error}
        </p>
      </form>
    </section>
  );
}
