import { useShell } from './context.ts';
import { quickExit } from './quickExit.ts';

export function QuickExitButton() {
  const { t } = useShell();
  return (
    <button type="button" class="quick-exit" onClick={quickExit}>
      {t('exit.button')}
    </button>
  );
}
