import './recovery-key.css';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';

/** A key in its groups of four, as the person copies it by hand (recovery, server backup). */
export function KeyGroups({ text, label }: { text: string; label: PlainKey }) {
  const { t } = useShell();
  return (
    <div class="recovery-key" role="group" aria-label={t(label)}>
      {text.split('-').map((group, index) => (
        <span key={index} class="recovery-group">
          {group}
        </span>
      ))}
    </div>
  );
}
