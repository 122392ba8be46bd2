/** A SHA-256 in groups of four, so it can be read aloud or copied by hand. */
export function groupHex(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * A neutral name: it says when, not what, so a downloads list says nothing of the
 * person's situation or of the app. A locked package ends in `.enc`, an unlocked one in
 * `.zip` (what it is, so an advocate's computer opens it).
 */
export function packageFileName(now: Date = new Date(), locked = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `records-${day}.${locked ? 'enc' : 'zip'}`;
}

/** Bigger files are refused before they are opened: a cheap phone would run out of memory. */
export const PACKAGE_LIMIT = { bytes: 200 * 1024 * 1024, label: '200 MB' } as const;

export type InputProblem = 'empty' | 'too-big';

export function checkPackageFile(file: { size: number }): InputProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > PACKAGE_LIMIT.bytes) return 'too-big';
  return null;
}
