import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';

const NOTES = [
  'help.safety.moment',
  'help.safety.silent',
  'help.safety.callLog',
  'help.safety.otherPhone',
  'help.safety.history',
  'help.safety.otherSite',
  'help.safety.plan',
  'help.safety.notEmergency',
] as const satisfies readonly PlainKey[];

/** Offers, not orders: ways to make contact leave less behind. */
export function SafetyNotes() {
  const { t } = useShell();
  return (
    <section class="card help-safety" aria-labelledby="help-safety-title">
      <h2 id="help-safety-title">{t('help.safetyTitle')}</h2>
      <ul>
        {NOTES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
