import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  currentVersion,
  localDayIn,
  readUrgeSettings,
  validateContact,
  validateJournalRecord,
  type LocalDay,
  type TrustedContact,
  type UrgeSettings,
} from '@steady/core';
import { useVault, type VaultApi } from '../../vault/api.ts';

type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false };

export const SETTINGS_KIND = 'urge-settings';
export const SETTINGS_ID = 'main';

/**
 * Every valid record of a kind, newest-written last as stored. A record that
 * does not check out (another version's, a damaged one) is left out rather
 * than breaking the screen of someone who needs it now.
 */
export function useRecords<T>(
  kind: string,
  check: Check<T>,
): { items: T[] | null; reload: () => Promise<void>; vault: VaultApi } {
  const vault = useVault();
  const [items, setItems] = useState<T[] | null>(null);
  const reload = useCallback(async () => {
    const rows = await vault.list<unknown>(kind);
    const valid: T[] = [];
    for (const row of rows) {
      const checked = check(row.value);
      if (checked.ok) valid.push(checked.value);
    }
    setItems(valid);
  }, [vault, kind, check]);
  useEffect(() => {
    reload().catch(() => setItems([]));
  }, [reload]);
  return { items, reload, vault };
}

export function useUrgeSettings(): {
  settings: UrgeSettings | null;
  save: (change: Partial<UrgeSettings>) => Promise<void>;
} {
  const vault = useVault();
  const [settings, setSettings] = useState<UrgeSettings | null>(null);
  useEffect(() => {
    vault
      .get<unknown>(SETTINGS_KIND, SETTINGS_ID)
      .then((value) => setSettings(readUrgeSettings(value)))
      .catch(() => setSettings(readUrgeSettings(undefined)));
  }, [vault]);
  const save = useCallback(
    async (change: Partial<UrgeSettings>) => {
      const current = settings ?? readUrgeSettings(undefined);
      const next = readUrgeSettings({ ...current, ...change });
      await vault.put(SETTINGS_KIND, SETTINGS_ID, next);
      setSettings(next);
    },
    [vault, settings],
  );
  return { settings, save };
}

function asContact(item: unknown): TrustedContact | null {
  if (typeof item !== 'object' || item === null) return null;
  const { name, phone, reach } = item as { name?: unknown; phone?: unknown; reach?: unknown };
  // The plan keeps "how to reach them" as free text; only a dialable number is used.
  return validateContact({ name, phone: phone ?? reach });
}

/**
 * Trusted people from the safety plan (its `people`, each with a name and a
 * `reach` that may be a number), read without relying on its exact shape: any
 * list of objects with a name and a phone number, a few levels down. The plan
 * is someone else's record; reading it must never break this screen.
 */
export function contactsInPlan(plan: unknown): TrustedContact[] {
  const found: TrustedContact[] = [];
  const scan = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const contact = asContact(item);
        if (contact) found.push(contact);
        else if (depth > 0) scan(item, depth - 1);
      }
    } else if (typeof value === 'object' && value !== null && depth > 0) {
      for (const inner of Object.values(value)) scan(inner, depth - 1);
    }
  };
  scan(plan, 3);
  const seen = new Set<string>();
  return found.filter((c) => {
    const key = `${c.name}\n${c.phone}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function usePlanContacts(): TrustedContact[] {
  const vault = useVault();
  const [contacts, setContacts] = useState<TrustedContact[]>([]);
  useEffect(() => {
    vault
      .get<unknown>('plan', 'main')
      .then((plan) => setContacts(contactsInPlan(plan)))
      .catch(() => setContacts([]));
  }, [vault]);
  return contacts;
}

export interface PinnedEntry {
  id: string;
  date: string;
  what: string;
}

/** The journal entries the person pinned, in their own words; none is fine. */
export function usePinnedEntries(): PinnedEntry[] {
  const vault = useVault();
  const [entries, setEntries] = useState<PinnedEntry[]>([]);
  useEffect(() => {
    vault
      .list<unknown>('journal')
      .then((rows) => {
        const pinned: PinnedEntry[] = [];
        for (const row of rows) {
          const checked = validateJournalRecord(row.value);
          if (!checked.ok || !checked.value.pinned) continue;
          const content = currentVersion(checked.value).content;
          pinned.push({ id: checked.value.id, date: content.occurred.date, what: content.what });
        }
        pinned.sort((a, b) => (a.date < b.date ? 1 : -1));
        setEntries(pinned);
      })
      .catch(() => setEntries([]));
  }, [vault]);
  return entries;
}

/** The device's own zone: weeks and "today" are the person's, not UTC's. */
export function deviceLocalDay(): LocalDay {
  return localDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
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
