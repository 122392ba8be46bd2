import { lazyPart } from '../../shell/lazyPart.tsx';
import { useVaultStatus } from '../../vault/sessionContext.ts';

// The backup screens load on first use, so they do not weigh on the first page load
// (the bundle budget); the service worker precaches the chunk, so they work offline.
// Both come from one chunk; a failed load says so ("could not load") and the next visit
// to the screen tries again.
const BackupSettings = lazyPart(() => import('./ui.ts').then((ui) => ui.BackupSettings));
const RestoreScreen = lazyPart(() => import('./ui.ts').then((ui) => ui.RestoreScreen), {
  busy: true,
});

/** The Backup section of Settings: loaded once the vault is open; nothing until then. */
export function BackupSection() {
  return useVaultStatus() === 'open' ? <BackupSettings /> : null;
}

/** The first-run restore screen. */
export function RestoreFirstRun({ onBack }: { onBack(): void }) {
  return <RestoreScreen onBack={onBack} />;
}
