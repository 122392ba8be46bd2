import { readFile } from 'node:fs/promises';
import { validateDeploymentConfig, DEFAULT_DEPLOYMENT_CONFIG } from '@steady/core/help';
import type { DeploymentConfig, ValidationIssue } from '@steady/core/help';

/** The file a deployment may put next to the server; see steady.config.example.json. */
export const DEPLOYMENT_CONFIG_FILE = 'steady.config.json';

// Far more than any real config; a larger file is a mistake, not a config.
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A deployment file that must stop start-up: the message names the file and each bad field. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly file: string;
  readonly issues: readonly ValidationIssue[];

  constructor(file: string, issues: readonly ValidationIssue[]) {
    super(
      issues
        .map((i) => (i.path === '' ? `${file}: ${i.message}` : `${file}: ${i.path}: ${i.message}`))
        .join('\n'),
    );
    this.file = file;
    this.issues = issues;
  }
}

/** Today in the server's own time zone, which is the one the operator writes dates in. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

/** Where in the text a JSON.parse error points, as 'line L, column C'. */
function jsonErrorWhere(text: string, message: string): string | undefined {
  // Node 22 and later say where; Node 20 gives only the offset.
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn !== null) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  if (position === null) {
    return /end of JSON input/.test(message) ? 'the end of the file' : undefined;
  }
  const before = text.slice(0, Number(position[1])).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = jsonErrorWhere(text, detail);
    // The parser's own words, without the offset and the snippet it may quote.
    const reason = detail.replace(/\s*in JSON at position \d+.*$/s, '').replace(/,\s*".*$/s, '');
    throw new ConfigError(file, [
      {
        path: '',
        code: 'not-json',
        message: `not valid JSON${where === undefined ? '' : ` at ${where}`} (${reason})`,
      },
    ]);
  }
}

export interface LoadOptions {
  /** 'YYYY-MM-DD'; checked dates after it are refused. Defaults to the server's local date. */
  readonly today?: string;
}

/**
 * Reads and checks the deployment file. No file means the defaults; anything
 * wrong with a file that is there throws a ConfigError, so the server does not
 * start with a quick-exit URL or a phone number nobody meant.
 */
export async function loadDeploymentConfig(
  file: string,
  options: LoadOptions = {},
): Promise<DeploymentConfig> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return DEFAULT_DEPLOYMENT_CONFIG;
    const reason = isErrnoException(error) ? (error.code ?? error.message) : String(error);
    throw new ConfigError(file, [
      { path: '', code: 'required', message: `cannot be read (${reason})` },
    ]);
  }
  if (buffer.byteLength > MAX_CONFIG_BYTES) {
    throw new ConfigError(file, [
      {
        path: '',
        code: 'too-long',
        message: `is too large (${buffer.byteLength} bytes, at most ${MAX_CONFIG_BYTES})`,
      },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new ConfigError(file, [
      { path: '', code: 'malformed-text', message: 'is not UTF-8 text' },
    ]);
  }
  // Some editors on Windows start the file with a byte-order mark that JSON.parse refuses.
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  const result = validateDeploymentConfig(parseJson(file, text), options.today ?? localToday());
  if (!result.ok) throw new ConfigError(file, result.issues);
  return result.value;
}
