import { useShell } from '../../shell/context.ts';

/** In the top bar on every screen, next to quick exit: help is one tap away. */
export function GetHelpButton() {
  const { t, screen, go } = useShell();
  return (
    <button
      type="button"
      class="get-help"
      aria-current={screen === 'help' ? 'page' : undefined}
      onClick={() => go('help')}
    >
      {t('help.topbar')}
    </button>
  );
}
