import { concat, constantTimeEqual, copyOf, isAllZero, type Bytes } from './bytes.ts';
import { CorruptError, NoVaultError, TamperedError } from './errors.ts';
import { importAesKey } from './keys.ts';
import {
  encodeHeaderBody,
  isOwnerRole,
  keyringEntry,
  macHeader,
  openSlot,
  parseHeader,
  randomSlot,
  sealSlot,
  FIRST_DURESS_SLOT,
  SLOT_COUNT,
  verifyHeaderMac,
  wipeSlot,
  type Header,
  type SlotContent,
} from './keyslots.ts';
import type { Store, StoreOp } from '../store/store.ts';

/** The meta key under which the header lives: the only vault data stored in plain. */
export const VAULT_HEADER_KEY = 'vault.header';

export type LoadedHeader = { readonly bytes: Bytes; readonly header: Header };

export type Unwrapped = { readonly index: number; readonly content: SlotContent };

export async function loadHeader(store: Store): Promise<LoadedHeader> {
  const bytes = await store.getMeta(VAULT_HEADER_KEY);
  if (bytes === undefined) throw new NoVaultError();
  return { bytes, header: parseHeader(bytes).header };
}

/**
 * Tries the key on every slot, never stopping at the first that opens, then checks the
 * header MAC with the header key found inside. Null when no slot opens.
 */
export async function unwrap(loaded: LoadedHeader, material: Bytes): Promise<Unwrapped | null> {
  const key = await importAesKey(copyOf(material));
  const opened = await Promise.all(loaded.header.slots.map((slot, i) => openSlot(key, i, slot)));
  const matches = opened.flatMap((content, index) => (content ? [{ index, content }] : []));
  const [match] = matches;
  if (match === undefined) return null;
  if (matches.length > 1) {
    opened.forEach(wipeSlot);
    throw new TamperedError('one key opens several slots');
  }
  const { body, mac } = parseHeader(loaded.bytes);
  if (!(await verifyHeaderMac(match.content.headerKey, body, mac))) {
    wipeSlot(match.content);
    throw new TamperedError('header');
  }
  return match;
}

/** True when `material` already wraps a slot other than `except`. */
export function materialInUse(keyring: Bytes, material: Bytes, except: number): boolean {
  for (let i = 0; i < SLOT_COUNT; i++) {
    if (i !== except && constantTimeEqual(keyringEntry(keyring, i), material)) return true;
  }
  return false;
}

/**
 * Writes a whole new header: every used slot re-sealed under a fresh IV, every unused
 * slot re-randomised, a new MAC. Two copies of storage taken before and after any
 * credential change therefore differ in every slot, and do not show which slot changed
 * (a duress passphrase being added looks like a passphrase change).
 *
 * `owner` supplies the keys and the (possibly updated) keyring; `replace` gives new
 * contents for slots whose wrapping key changed. Other used slots are opened with their
 * keyring entry and re-sealed as they were.
 */
export async function buildHeader(
  base: Pick<Header, 'kdf' | 'salt'> & { readonly slots?: readonly Bytes[] },
  owner: SlotContent,
  replace: ReadonlyMap<number, SlotContent>,
): Promise<Bytes> {
  const slots: Bytes[] = [];
  for (let index = 0; index < SLOT_COUNT; index++) {
    const material = keyringEntry(owner.keyring, index);
    if (isAllZero(material)) {
      slots.push(randomSlot());
      continue;
    }
    const key = await importAesKey(copyOf(material));
    const old = base.slots?.[index];
    const previous = replace.get(index) ?? (old && (await openSlot(key, index, old)));
    if (!previous && old && index >= FIRST_DURESS_SLOT) {
      // A duress slot whose passphrase was changed from inside the decoy: the owner's
      // keyring no longer opens it, but it is still valid and stays as it is.
      slots.push(old);
      continue;
    }
    if (!previous) throw new CorruptError('keyring and slots disagree');
    const content: SlotContent = isOwnerRole(previous.role)
      ? { ...previous, keyring: owner.keyring }
      : previous;
    slots.push(await sealSlot(key, index, content));
    if (!replace.has(index)) wipeSlot(previous);
  }
  const body = encodeHeaderBody({ kdf: base.kdf, salt: base.salt, slots });
  return concat(body, await macHeader(owner.headerKey, body));
}

/**
 * Compare-and-swap: refused with store-conflict if another tab rewrote the header first.
 * `alsoDo` lands in the same transaction (records that must change with the header).
 */
export async function replaceHeader(
  store: Store,
  previous: Bytes | undefined,
  next: Bytes,
  alsoDo: readonly StoreOp[] = [],
): Promise<void> {
  await store.commit([
    { op: 'expectMeta', key: VAULT_HEADER_KEY, value: previous },
    { op: 'setMeta', key: VAULT_HEADER_KEY, value: next },
    ...alsoDo,
  ]);
}
