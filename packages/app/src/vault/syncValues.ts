import { mergeRuleOf, type RecordKind } from '@steady/core';
import { kindFor } from '@steady/core/registry';

/*
 * Pure helpers of the sync engine: which kinds travel, and stored values as the engine
 * compares, measures and decodes them.
 */

/** The kinds that travel: every kind of the registry that is not local to the device. */
export function synced(kind: string, id: string): RecordKind<unknown> | undefined {
  const declared = kindFor(kind, id);
  return declared && mergeRuleOf(declared).strategy !== 'local' ? declared : undefined;
}

/** About how large a value is once stored: its text, roughly (strings dominate). */
export function roughSize(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length + 2;
  if (depth > 64 || value === null || typeof value !== 'object') return 8;
  let size = 2;
  for (const inner of Array.isArray(value) ? value : Object.values(value)) {
    size += roughSize(inner, depth + 1) + 8;
  }
  return size;
}

/** Sorted-key JSON, so two equal values compare equal whatever their key order. */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

export function fromHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
