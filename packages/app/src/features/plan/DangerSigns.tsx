import { DANGER_SIGNS, type SafetyPlan } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { toggleSign } from './edit.ts';
import { signKey } from './keys.ts';

interface Props {
  plan: SafetyPlan;
  update(change: (plan: SafetyPlan) => SafetyPlan): void;
}

/** The danger signs as plain checkboxes: no weights, no total, no verdict. */
export function DangerSigns({ plan, update }: Props) {
  const { t } = useShell();
  return (
    <fieldset class="field plan-signs">
      <legend>{t('plan.risk.signsLegend')}</legend>
      {DANGER_SIGNS.map((sign) => (
        <label key={sign} class="choice">
          <input
            autoComplete="off"
            type="checkbox"
            value={sign}
            checked={plan.dangerSigns.includes(sign)}
            onChange={(e) => update((p) => toggleSign(p, sign, e.currentTarget.checked))}
          />
          {t(signKey(sign))}
        </label>
      ))}
      <p class="hint">{t('plan.risk.noScore')}</p>
    </fieldset>
  );
}
