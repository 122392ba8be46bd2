import type { SelfCheck, Sign } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import {
  REFLECTION_IDS,
  type ReflectionId,
  type SelfCheckResult,
  type WrittenAnswers,
} from '@steady/core';

/** A sign's questions to sit with, each under its stable id (its place in the sign). */
export function questionsOf(sign: Sign): Array<{ id: ReflectionId; text: string }> {
  return sign.reflections.flatMap((text, i) => {
    const id = REFLECTION_IDS.find((known) => known === `${sign.id}-r${i + 1}`);
    return id ? [{ id, text }] : [];
  });
}

/** Every question's words in this language, by id. */
export function questionWords(content: SelfCheck): Map<ReflectionId, string> {
  return new Map(content.signs.flatMap((sign) => questionsOf(sign).map((q) => [q.id, q.text])));
}

/** The written answers in question order, each with its question (or a plain stand-in). */
export function writtenList(
  content: SelfCheck,
  written: WrittenAnswers,
  unknownQuestion: string,
): Array<{ id: ReflectionId; question: string; text: string }> {
  const words = questionWords(content);
  return REFLECTION_IDS.flatMap((id) => {
    const text = written[id];
    return text === undefined ? [] : [{ id, question: words.get(id) ?? unknownQuestion, text }];
  });
}

export const hasWritten = (checkIn: SelfCheckResult) => Object.keys(checkIn.written).length > 0;

/** What the person wrote, question by question, as they wrote it. */
export function WrittenAnswersList({
  content,
  written,
}: {
  content: SelfCheck;
  written: WrittenAnswers;
}) {
  const { t } = useShell();
  const list = writtenList(content, written, t('selfcheck.writtenUnknownQuestion'));
  return (
    <dl class="selfcheck-written">
      {list.map(({ id, question, text }) => (
        <div key={id}>
          <dt>{question}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
