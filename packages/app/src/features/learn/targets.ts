import type { ChapterId, WhatHelpsTarget } from '../../content/index.ts';
import type { ScreenId } from '../../shell/screens.ts';

// Where a "what helps" item leads, in order of preference. A part of Steady that
// is not built yet has no screen: the item is then shown as plain words, never
// as a link that goes somewhere unexpected.
const CANDIDATES: Record<WhatHelpsTarget, readonly string[]> = {
  selfcheck: ['selfcheck'],
  journal: ['journal'],
  plan: ['plan'],
  urges: ['urges'],
  calm: ['calm'],
  help: ['help'],
};

/** The screen a "what helps" item opens, among the screens this build has. */
export function screenFor(
  target: WhatHelpsTarget,
  available: readonly ScreenId[],
): ScreenId | undefined {
  for (const candidate of CANDIDATES[target]) {
    const found = available.find((id) => id === candidate);
    if (found) return found;
  }
  return undefined;
}

// Screens live in memory, not in the address bar, so another screen asks for a
// chapter by leaving its id here before going to Learn. Only a chapter id (public
// writing), never anything the person wrote.
let pending: ChapterId | null = null;

export function requestChapter(id: ChapterId): void {
  pending = id;
}

export function takeRequestedChapter(): ChapterId | null {
  const id = pending;
  pending = null;
  return id;
}
