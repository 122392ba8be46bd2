import { deleteChange, putChange, type CheckedChange, type OpenVault } from '@steady/core';
import { sealedRecord, type SyncDevice } from '@steady/core/sync';
import { fromHex, stable, synced } from './syncValues.ts';

/** Records written into the vault at once, so a pull of thousands is not one huge commit. */
const APPLY_CHUNK = 200;

/**
 * Writes each record a pull changed into the vault, as its merged value, and takes it out
 * of `toApply` once written. `skip` is called for each record that could not be written
 * (a merged value that fails its check, or a record here that cannot be read). Returns
 * the kinds whose records changed in the vault.
 */
export async function applyPulled(
  vault: OpenVault,
  device: SyncDevice,
  toApply: Map<string, { kind: string; id: string }>,
  skip: () => void,
): Promise<ReadonlySet<string>> {
  const kinds = new Set<string>();
  const sealed: Array<{ kind: string; tag: string; storageId: string; data: Uint8Array }> = [];
  const pending = [...toApply.entries()];
  for (let i = 0; i < pending.length; i += APPLY_CHUNK) {
    const part = pending.slice(i, i + APPLY_CHUNK);
    // Stored values are read first; the merged values are taken and the write started
    // with no wait between, so no change the person makes can fall in between.
    const stored = await Promise.all(
      part.map(async ([, { kind, id }]) => {
        const declared = synced(kind, id);
        return declared ? await vault.read(declared, id) : undefined;
      }),
    );
    const changes: CheckedChange[] = [];
    part.forEach(([, { kind, id }], n) => {
      if (kind === sealedRecord.kind) {
        // A record another device could not read either: it goes back as it was stored.
        const checked = sealedRecord.parse(device.read(sealedRecord, id)?.value);
        if (checked.ok) sealed.push({ ...checked.value, data: fromHex(checked.value.data) });
        return;
      }
      const declared = synced(kind, id);
      // A kind this release does not know (a newer release's) stays in the engine only.
      if (!declared) return;
      const here = stored[n];
      // A record here that cannot be read is never overwritten: it is counted and kept.
      if (here && !here.ok) {
        skip();
        return;
      }
      const view = device.read(declared, id);
      if (!view) {
        if (here) {
          changes.push(deleteChange(declared, id));
          kinds.add(kind);
        }
      } else if (!here || stable(here.value) !== stable(view.value)) {
        try {
          changes.push(putChange(declared, id, view.value));
          kinds.add(kind);
        } catch {
          // The merged value fails its check (writes from two releases that disagree):
          // the vault keeps what it has and the writes stay in the engine.
          skip();
        }
      }
    });
    if (changes.length > 0) await vault.write(changes);
    for (const [key] of part) toApply.delete(key);
  }
  if (sealed.length > 0) await vault.putBackStored(sealed);
  return kinds;
}
