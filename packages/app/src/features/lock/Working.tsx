import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';

/** Visible progress while the key is derived in the worker; the page stays usable. */
export function Working({ label }: { label: PlainKey }) {
  const { t } = useShell();
  return (
    <div class="working" role="status">
      <progress aria-label={t(label)} />
      <span>{t(label)}</span>
    </div>
  );
}
