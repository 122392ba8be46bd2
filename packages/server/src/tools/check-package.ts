// Checks an evidence package made by the app (docs/evidence.md), with no vault and no
// network: every entry's version digests, every photo's SHA-256, every link of the
// chain, every time-stamp receipt (against the authority's certificate listed), every file. Prints what it found and exits 0 when nothing was changed, 1 when
// something was (each problem named), 2 when it could not be run.
//   npm run check-package -- <package.zip> [--json]
import { readFile } from 'node:fs/promises';
import { verifyPackage, type Problem, type Verdict } from '@steady/core/evidence';

const WORDS: Readonly<Record<Problem['code'], string>> = {
  'not-a-package': 'This is not an evidence package, or its archive is damaged.',
  'manifest-unreadable': 'The list of entries (manifest.json) cannot be read.',
  'manifest-damaged': 'The list of entries (manifest.json) was changed after it was made.',
  'file-damaged': 'A file was changed after the package was made.',
  'file-missing': 'A file the package lists is not in it.',
  'unexpected-file': 'A file was added that the package does not list.',
  'entry-unreadable': 'An entry cannot be read: its file was changed.',
  'entry-other-id': 'An entry’s file holds another entry.',
  'version-changed': 'An entry was changed after the package was made.',
  'versions-added-or-removed': 'Versions were added to or taken out of an entry.',
  'photo-changed': 'A photo was changed after the package was made.',
  'photo-missing': 'A photo the entry names is not in the package.',
  'chain-broken':
    'The chain of entries breaks here: an entry before this one was taken out, added or moved, or this one was.',
  'chain-end-changed': 'The chain’s end does not match: entries were taken off the end, or added.',
  'receipt-invalid':
    'A time-stamp receipt does not match this version, or was not signed by the authority listed.',
};

function describe(problem: Problem): string {
  const where = [
    problem.entry === undefined ? '' : `entry ${problem.entry}`,
    problem.version === undefined ? '' : `version ${problem.version + 1}`,
    problem.file === undefined ? '' : `file ${problem.file}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
  return where === '' ? WORDS[problem.code] : `${WORDS[problem.code]} (${where})`;
}

export function report(verdict: Verdict): string {
  const lines = [
    verdict.ok
      ? 'Unchanged: every digest, photo, voice note, link and receipt matches.'
      : `Changed: ${verdict.problems.length} problem${verdict.problems.length === 1 ? '' : 's'} found.`,
    `Made: ${verdict.madeAt ?? 'unknown'}`,
    `Entries: ${verdict.entries}, versions: ${verdict.versions}, photos: ${verdict.photos}, voice notes: ${verdict.voiceNotes}, time-stamp receipts: ${verdict.receipts}`,
    `Chain head (SHA-256): ${verdict.head ?? 'none'}`,
    ...verdict.problems.map((p) => `- ${describe(p)}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length !== 1 || files[0] === undefined) {
    process.stderr.write('Usage: npm run check-package -- <package.zip> [--json]\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(files[0]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    process.stderr.write(`Cannot read ${files[0]} (${code}).\n`);
    return 2;
  }
  const verdict = await verifyPackage(bytes);
  process.stdout.write(json ? `${JSON.stringify(verdict, null, 2)}\n` : report(verdict));
  return verdict.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
