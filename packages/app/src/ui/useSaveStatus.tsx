import { useState } from 'preact/hooks';
import type { PlainKey } from '../i18n/index.ts';
import { useShell } from '../shell/context.ts';

/**
 * The line under a small form that says whether it saved: "Saved." (politely) or why
 * not (at once), for one form at a time on a screen of several.
 */
export function useSaveStatus(saved: PlainKey, failed: PlainKey) {
  const { t } = useShell();
  const [status, setStatus] = useState<{ field: string; ok: boolean; text: string } | null>(null);

  return {
    /** Runs `work`; says "saved" when it lands, `failed` when it throws. */
    async attempt(field: string, work: () => Promise<void>): Promise<void> {
      try {
        await work();
        setStatus({ field, ok: true, text: t(saved) });
      } catch {
        setStatus({ field, ok: false, text: t(failed) });
      }
    },
    refuse(field: string, why: PlainKey): void {
      setStatus({ field, ok: false, text: t(why) });
    },
    /** The line for `field`, or nothing when another form spoke last. */
    message(field: string) {
      if (status?.field !== field) return null;
      return (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      );
    },
  };
}

export type SaveStatus = ReturnType<typeof useSaveStatus>;
