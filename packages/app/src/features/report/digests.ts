import type { JournalRecord } from '@steady/core';
import { useEffect, useState } from 'preact/hooks';
import type { VaultApi } from '../../vault/api.ts';
import { versionDigestsOf } from '../evidence/photos.ts';
import type { ReportVoice } from './voice.ts';

/**
 * Each entry's current version's digest, by entry id, as a package made now would list
 * it: null while a photo or voice note it names cannot be read. `done` is false while
 * they are being worked out (each photo is decrypted once, in the background); the
 * screen says so, so paper printed meanwhile is not taken for complete.
 */
export function useEntryDigests(
  vault: Pick<VaultApi, 'read'>,
  records: readonly JournalRecord[] | null,
  voices: ReadonlyMap<string, ReportVoice>,
): { digests: ReadonlyMap<string, string | null>; done: boolean } {
  const [state, setState] = useState<{
    digests: ReadonlyMap<string, string | null>;
    done: boolean;
  }>({ digests: new Map(), done: false });
  useEffect(() => {
    if (!records) return undefined;
    // An object, so each await reads it afresh (a lock or new records stop the work).
    const run = { live: true };
    setState({ digests: new Map(), done: false });
    void (async () => {
      // The voice notes' digests are already read for the report.
      const known = new Map<string, string>();
      for (const [id, voice] of voices) if (voice.sha256 !== null) known.set(id, voice.sha256);
      const digests = new Map<string, string | null>();
      for (const record of records) {
        if (!run.live) return;
        try {
          digests.set(record.id, (await versionDigestsOf(vault, record, known))?.at(-1) ?? null);
        } catch {
          // Shown as "could not be worked out" beside the entry.
          digests.set(record.id, null);
        }
      }
      if (run.live) setState({ digests, done: true });
    })();
    return () => {
      run.live = false;
    };
  }, [vault, records, voices]);
  return state;
}
