import { emptyPlan } from '../plan/validate.ts';
import type { JournalRecord, EntryContent } from '../model/journal-types.ts';
import type { SafetyPlan } from '../plan/types.ts';
import type { SyncCodec } from './codec.ts';
import type { DeviceSave, DeviceSaved } from './persist.ts';
import { SyncDevice } from './device.ts';
import type { Relay } from './relay.ts';

/** Small seeded generator (a 32-bit mix in the manner of mulberry32), for schedules. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function content(what: string, at = '2026-03-01'): EntryContent {
  return {
    occurred: { date: at, approximate: false },
    stage: 'incident',
    harms: ['emotional'],
    severity: 3,
    what,
    felt: '',
    after: [],
    afterNote: '',
    injuries: '',
    witnesses: '',
    attachments: [],
  };
}

export function entry(id: string, writtenAt: string, what: string): JournalRecord {
  return {
    id,
    writtenAt,
    pinned: false,
    versions: [{ editedAt: writtenAt, content: content(what) }],
  };
}

export function withVersion(record: JournalRecord, editedAt: string, what: string): JournalRecord {
  return { ...record, versions: [...record.versions, { editedAt, content: content(what) }] };
}

export function planWith(change: (plan: SafetyPlan) => SafetyPlan): SafetyPlan {
  return change(emptyPlan());
}

export function setAnswer(plan: SafetyPlan, question: string, text: string): SafetyPlan {
  const people = plan.sections.people;
  return {
    ...plan,
    sections: {
      ...plan.sections,
      people: { ...people, answers: { ...people.answers, [question]: text } },
    },
  };
}

export function device(
  id: string,
  codec: SyncCodec,
  relay: Relay,
  now: () => number = () => Date.parse('2026-03-01T12:00:00Z'),
): SyncDevice {
  return new SyncDevice({ device: id, codec, relay, now });
}

/**
 * What an app keeps of a device's saves, as it would in the local vault: the last
 * meta, each record's last state and the sealed objects not yet released. Meta and
 * records go through JSON, as they would into storage.
 */
export class SavedDevice {
  private meta = 'null';
  private readonly records = new Map<string, string>();
  private readonly sealed = new Map<string, Uint8Array>();

  keep(save: DeviceSave): void {
    this.meta = JSON.stringify(save.meta);
    for (const { key, state } of save.records) this.records.set(key, JSON.stringify(state));
    for (const { name, bytes } of save.sealed) this.sealed.set(name, new Uint8Array(bytes));
    for (const name of save.released) this.sealed.delete(name);
  }

  get sealedCount(): number {
    return this.sealed.size;
  }

  load(): DeviceSaved {
    return {
      meta: JSON.parse(this.meta) as unknown,
      records: [...this.records.values()].map((text) => JSON.parse(text) as unknown),
      sealed: new Map(this.sealed),
    };
  }
}
