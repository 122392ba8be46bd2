import { itemsAreKeptSomewhere, type PlanSectionId, type SafetyPlan } from '@steady/core';
import { useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { newId } from '../../vault/api.ts';
import { addItem, editItem, removeItem } from './edit.ts';
import { itemLabel } from './keys.ts';

interface Props {
  plan: SafetyPlan;
  id: PlanSectionId;
  update(change: (plan: SafetyPlan) => SafetyPlan): void;
}

/** Tick what is gathered or done, say where each thing is kept, add your own. */
export function Checklist({ plan, id, update }: Props) {
  const { t } = useShell();
  const [draft, setDraft] = useState('');
  const placed = useRef(new Set<string>());
  const items = plan.sections[id].items;

  function add(event: Event) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    update((p) => addItem(p, id, newId(), text));
    setDraft('');
  }

  return (
    <fieldset class="field plan-checklist">
      <legend>{t('plan.checklist')}</legend>
      <ul class="plan-items">
        {items.map((item) => {
          const label = itemLabel(item, t);
          const base = `plan-${id}-item-${item.id}`;
          // A place already written stays in view wherever the item is (nothing is
          // hidden), and stays while it is being emptied, so the field keeps its focus.
          if (item.where.trim() !== '') placed.current.add(item.id);
          const where = itemsAreKeptSomewhere(id) || placed.current.has(item.id);
          return (
            <li key={item.id} class="plan-item">
              <label class="choice">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={item.done}
                  onChange={(e) =>
                    update((p) => editItem(p, id, item.id, { done: e.currentTarget.checked }))
                  }
                />
                <span>{label}</span>
              </label>
              {where && (
                <>
                  <label class="plan-where-label" for={`${base}-where`}>
                    {t('plan.where')}
                  </label>
                  <input
                    id={`${base}-where`}
                    type="text"
                    class="plan-where"
                    value={item.where}
                    autoComplete="off"
                    onInput={(e) =>
                      update((p) => editItem(p, id, item.id, { where: e.currentTarget.value }))
                    }
                  />
                </>
              )}
              {item.text !== undefined && (
                <button
                  type="button"
                  class="secondary plan-remove"
                  onClick={() => update((p) => removeItem(p, id, item.id))}
                >
                  {t('plan.removeItem', { item: label })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form class="plan-add" onSubmit={add} noValidate>
        <label for={`plan-${id}-own`}>{t('plan.ownItem')}</label>
        <input
          id={`plan-${id}-own`}
          type="text"
          value={draft}
          autoComplete="off"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t('plan.addItem')}
        </button>
      </form>
    </fieldset>
  );
}
