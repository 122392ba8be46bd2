// Checks an evidence package made by the app (docs/evidence.md), with no vault and no
// network: every entry's version digests, every photo's SHA-256, every link of the
// chain, every time-stamp receipt (against the authority's certificate listed), every file.
// A locked package (.enc) is opened first with its passphrase, read from a file (its first
// line) or, on a terminal, typed at a prompt that shows nothing. Prints what it found and
// exits 0 when nothing was changed, 1 when something was (each problem named, a damaged or
// cut locked file included), 2 when it could not be run (a wrong passphrase included).
//   npm run check-package -- <package.zip|package.enc> [--json] [--passphrase-file PATH]
import { readFile } from 'node:fs/promises';
import { deriveKeyBytes } from '@steady/core';
import {
  isLockedPackage,
  isLockError,
  openLockedPackage,
  verifyPackage,
  type LockErrorCode,
  type Problem,
  type Verdict,
} from '@steady/core/evidence';
import { askHidden } from './hidden-prompt.ts';

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

const USAGE =
  'Usage: npm run check-package -- <package.zip|package.enc> [--json] [--passphrase-file PATH]\n';

/** Why a locked package was not opened, and the exit code for it. */
const LOCK_WORDS: Readonly<Record<LockErrorCode, { text: string; exit: 1 | 2 }>> = {
  'wrong-passphrase': { text: 'The passphrase does not open this package.', exit: 2 },
  'empty-passphrase': { text: 'No passphrase was given.', exit: 2 },
  'cut-short': {
    text: 'This locked package ends too early: it was cut short, perhaps by an unfinished download or copy.',
    exit: 1,
  },
  damaged: { text: 'This locked package was changed or damaged after it was made.', exit: 1 },
  'not-locked': { text: 'This file is not a locked package.', exit: 2 },
  'unsupported-version': {
    text: 'This package was locked by a newer version; update the tool to open it.',
    exit: 2,
  },
};

interface Args {
  readonly file: string;
  readonly json: boolean;
  readonly passphraseFile: string | undefined;
}

function parseArgs(args: readonly string[]): Args | null {
  const files: string[] = [];
  let json = false;
  let passphraseFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--passphrase-file') {
      passphraseFile = args[++i];
      if (passphraseFile === undefined) return null;
    } else if (arg !== undefined && arg.startsWith('--passphrase-file=')) {
      passphraseFile = arg.slice('--passphrase-file='.length);
    } else if (arg !== undefined) files.push(arg);
  }
  const [file] = files;
  return files.length === 1 && file !== undefined ? { file, json, passphraseFile } : null;
}

const cannotRead = (path: string, error: unknown) =>
  `Cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).\n`;

/** The passphrase's file holds it on its first line; the line's end is not part of it. */
async function passphraseOf(args: Args): Promise<string | { exit: 2 }> {
  if (args.passphraseFile !== undefined) {
    try {
      const text = await readFile(args.passphraseFile, 'utf8');
      return text.replace(/\r?\n$/, '');
    } catch (error) {
      process.stderr.write(cannotRead(args.passphraseFile, error));
      return { exit: 2 };
    }
  }
  if (process.stdin.isTTY) {
    const typed = await askHidden('Passphrase: ');
    if (typed !== null) return typed;
    process.stderr.write('No passphrase was typed.\n');
    return { exit: 2 };
  }
  process.stderr.write(
    'This package is locked. Give its passphrase with --passphrase-file PATH, or run this in a terminal to type it.\n',
  );
  return { exit: 2 };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch (error) {
    process.stderr.write(cannotRead(args.file, error));
    return 2;
  }
  if (isLockedPackage(bytes)) {
    const passphrase = await passphraseOf(args);
    if (typeof passphrase !== 'string') return passphrase.exit;
    try {
      bytes = await openLockedPackage(bytes, passphrase, { derive: deriveKeyBytes });
    } catch (error) {
      if (!isLockError(error)) throw error;
      const words = LOCK_WORDS[error.code];
      process.stderr.write(`${words.text}\n`);
      return words.exit;
    }
  }
  const verdict = await verifyPackage(bytes);
  process.stdout.write(args.json ? `${JSON.stringify(verdict, null, 2)}\n` : report(verdict));
  return verdict.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
