import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useVaultStatus } from '../../vault/sessionContext.ts';
import { laterMessages } from '../../i18n/index.ts';
import { Loading } from '../../ui/Status.tsx';
import type * as UiModule from './ui.ts';

// The backup screens load on first use, so they do not weigh on the first page load
// (the bundle budget); the service worker precaches the chunk, so they work offline.
type Ui = typeof UiModule;
let loaded: Ui | null = null;
let loading: Promise<Ui> | null = null;

function loadUi(): Promise<Ui> {
  loading ??= Promise.all([import('./ui.ts'), laterMessages()]).then(
    ([module]) => (loaded = module),
  );
  loading.catch(() => (loading = null));
  return loading;
}

function useUi(wanted = true): Ui | null {
  const [ui, setUi] = useState<Ui | null>(() => loaded);
  useEffect(() => {
    if (ui || !wanted) return;
    let live = true;
    void loadUi()
      .then((module) => live && setUi(module))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ui, wanted]);
  return ui;
}

/** The Backup section of Settings: loaded once the vault is open; nothing until then. */
export function BackupSection() {
  const open = useVaultStatus() === 'open';
  const ui = useUi(open);
  const Section: ComponentType | undefined = ui?.BackupSettings;
  return Section ? <Section /> : null;
}

/** The first-run restore screen. */
export function RestoreFirstRun({ onBack }: { onBack(): void }) {
  const ui = useUi();
  if (!ui) return <Loading />;
  return <ui.RestoreScreen onBack={onBack} />;
}
