import type { ConflictCopy } from '@steady/core';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';

interface Props {
  /** The copies of this one field. */
  copies: readonly ConflictCopy[];
  resolve(copy: ConflictCopy, choice: 'keep' | 'drop'): Promise<void>;
  /** The field's label, so each button says which text it is about. */
  label: string;
}

const sameField = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/** The copies whose field is `path`. */
export const copiesAt = (copies: readonly ConflictCopy[], path: readonly string[]) =>
  copies.filter((copy) => sameField(copy.path, path) && typeof copy.value === 'string');

/**
 * Text written to the same answer on another device at the same time. Nothing is lost:
 * the copy stays here until the person keeps it (it becomes the answer) or drops it.
 */
export function ConflictCopies({ copies, resolve, label }: Props) {
  const { t } = useShell();
  const [failed, setFailed] = useState(false);
  if (copies.length === 0) return null;
  const answer = (copy: ConflictCopy, choice: 'keep' | 'drop') => {
    setFailed(false);
    resolve(copy, choice).catch(() => setFailed(true));
  };
  return (
    <div
      class="plan-conflicts"
      role="group"
      aria-label={t('plan.conflict.group', { field: label })}
    >
      {copies.map((copy) => (
        <div class="plan-conflict" key={copy.stamp}>
          <p>{t('plan.conflict.intro')}</p>
          <blockquote class="plan-conflict-text">{String(copy.value)}</blockquote>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => answer(copy, 'keep')}>
              {t('plan.conflict.keep')}
            </button>
            <button type="button" class="secondary" onClick={() => answer(copy, 'drop')}>
              {t('plan.conflict.drop')}
            </button>
          </div>
        </div>
      ))}
      {failed && (
        <p class="error" role="alert">
          {t('plan.conflict.failed')}
        </p>
      )}
    </div>
  );
}
