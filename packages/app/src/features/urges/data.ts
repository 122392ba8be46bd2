import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  currentVersion,
  journalEntry,
  readUrgeSettings,
  safetyPlan,
  urgeSettings,
  validateContact,
  type SafetyPlan,
  type TrustedContact,
  type UrgeSettings,
} from '@steady/core';
import { useVault } from '../../vault/api.ts';
import { useSyncedSerial } from '../../vault/useRecords.ts';

const PINNED_KINDS = [journalEntry];

export { useRecords } from '../../vault/useRecords.ts';

const SETTINGS_ID = 'main';

export interface UrgeSettingsState {
  settings: UrgeSettings | null;
  /** The stored settings could not be read: the defaults are shown, nothing overwrites them. */
  unreadable: boolean;
  save: (change: Partial<UrgeSettings>) => Promise<void>;
}

export function useUrgeSettings(): UrgeSettingsState {
  const vault = useVault();
  const [settings, setSettings] = useState<UrgeSettings | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    vault.read(urgeSettings, SETTINGS_ID).then(
      (read) => {
        if (read !== undefined && !read.ok) setUnreadable(true);
        setSettings(read?.ok ? read.value : readUrgeSettings(undefined));
      },
      () => setSettings(readUrgeSettings(undefined)),
    );
  }, [vault]);
  const save = useCallback(
    async (change: Partial<UrgeSettings>) => {
      if (unreadable) throw new Error('the urge settings are unreadable');
      const current = settings ?? readUrgeSettings(undefined);
      const next = readUrgeSettings({ ...current, ...change });
      await vault.put(urgeSettings, SETTINGS_ID, next);
      setSettings(next);
    },
    [vault, settings, unreadable],
  );
  return { settings, unreadable, save };
}

/** The safety plan's trusted people whose way to reach them is a number a phone will dial. */
export function contactsInPlan(plan: SafetyPlan): TrustedContact[] {
  const seen = new Set<string>();
  return plan.people.flatMap((person) => {
    // The plan keeps "how to reach them" as free text; only a dialable number is used.
    const contact = validateContact({ name: person.name, phone: person.reach });
    if (!contact) return [];
    const key = `${contact.name}\n${contact.phone}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [contact];
  });
}

export function usePlanContacts(): TrustedContact[] {
  const vault = useVault();
  const [contacts, setContacts] = useState<TrustedContact[]>([]);
  useEffect(() => {
    vault.read(safetyPlan, 'main').then(
      (read) => setContacts(read?.ok ? contactsInPlan(read.value) : []),
      // No plan to read now: the person's own list (urge settings) still shows.
      () => setContacts([]),
    );
  }, [vault]);
  return contacts;
}

export interface PinnedEntry {
  id: string;
  date: string;
  what: string;
}

/** The journal entries the person pinned, in their own words; none is fine. */
export function usePinnedEntries(): { entries: PinnedEntry[]; unreadable: number } {
  const vault = useVault();
  const [state, setState] = useState<{ entries: PinnedEntry[]; unreadable: number }>({
    entries: [],
    unreadable: 0,
  });
  const synced = useSyncedSerial(PINNED_KINDS);
  useEffect(() => {
    vault.readAll(journalEntry).then(
      (all) => {
        const pinned: PinnedEntry[] = [];
        for (const { value } of all.items) {
          if (!value.pinned) continue;
          const content = currentVersion(value).content;
          pinned.push({ id: value.id, date: content.occurred.date, what: content.what });
        }
        pinned.sort((a, b) => (a.date < b.date ? 1 : -1));
        setState({ entries: pinned, unreadable: all.unreadable.length });
      },
      // The person's own reminders still show; pinned entries are a help, not a need.
      () => setState({ entries: [], unreadable: 0 }),
    );
  }, [vault, synced]);
  return state;
}

/** Re-renders every `ms` so a countdown moves; follows the page's clock. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
