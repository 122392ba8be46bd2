// The relay's RFC 3161 time-stamp authority: settings from the environment, like the
// backup relay's (backup/config.ts). Off unless STEADY_TSA=on; it lives beside the backup
// API and shares its per-address limits, so it needs the backup relay on too.
import { dirname, resolve } from 'node:path';
import type { BackupConfig } from '../backup/config.ts';

/**
 * The policy the relay's tokens are issued under, when STEADY_TSA_POLICY does not name
 * another. An OID under 2.25 is made from a UUID (ITU-T X.667 | ISO/IEC 9834-8, clause
 * 6.3): anyone may use one without registering an arc. This one was made from the
 * random UUID 126ebd4f-570d-4503-be52-8c49bc717e53 for "Steady relay time-stamp
 * policy, version 1": the time is the relay's clock; no identity is checked.
 */
export const DEFAULT_TSA_POLICY = '2.25.24501096239948483346453417050319715923';

/** The common name of a generated certificate, when STEADY_TSA_NAME does not give one. */
export const DEFAULT_TSA_NAME = 'Relay time-stamping service';

/** File names of a generated key and certificate, in the relay's data folder. */
export const GENERATED_KEY_FILE = 'steady-tsa-key.pem';
export const GENERATED_CERT_FILE = 'steady-tsa-cert.pem';

export type TimestampConfig =
  | { readonly kind: 'off' }
  | {
      readonly kind: 'on';
      /** TSAPolicyId of every token; a request asking for another is refused. */
      readonly policy: string;
      /** The operator's own key and certificate (PEM files), both or neither. */
      readonly keyFile?: string | undefined;
      readonly certFile?: string | undefined;
      /** Where a generated key and certificate are kept when no files are named. */
      readonly dir: string;
      /** Common name of a generated certificate. */
      readonly name: string;
    };

export class TimestampConfigError extends Error {
  override readonly name = 'TimestampConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** A dotted object identifier: two arcs at least, the first 0, 1 or 2. */
const OID = /^[0-2](?:\.(?:0|[1-9]\d*)){1,40}$/;

/** Reads STEADY_TSA and its companions; throws TimestampConfigError naming the variable. */
export function readTimestampConfig(env: Env, backup: BackupConfig): TimestampConfig {
  const on = (env.STEADY_TSA ?? 'off').trim().toLowerCase();
  if (on === 'off' || on === '') return { kind: 'off' };
  if (on !== 'on') throw new TimestampConfigError(`STEADY_TSA: must be on or off (got "${on}")`);
  if (backup.kind === 'off') {
    throw new TimestampConfigError(
      'STEADY_TSA: timestamps are served beside the backup relay; set STEADY_BACKUP too',
    );
  }
  const policy = env.STEADY_TSA_POLICY?.trim() || DEFAULT_TSA_POLICY;
  if (!OID.test(policy) || policy.length > 200) {
    throw new TimestampConfigError(
      `STEADY_TSA_POLICY: must be an object identifier like 1.3.6.1.4.1.99999.1 (got "${policy}")`,
    );
  }
  const keyFile = env.STEADY_TSA_KEY?.trim() || undefined;
  const certFile = env.STEADY_TSA_CERT?.trim() || undefined;
  if ((keyFile === undefined) !== (certFile === undefined)) {
    throw new TimestampConfigError(
      'STEADY_TSA_KEY and STEADY_TSA_CERT: name both files (a PEM private key and its certificate), or neither',
    );
  }
  let dir = env.STEADY_TSA_DIR?.trim() || undefined;
  if (dir === undefined && backup.kind === 'sqlite') dir = dirname(resolve(backup.sqlitePath));
  if (dir === undefined && keyFile === undefined) {
    throw new TimestampConfigError(
      'STEADY_TSA_DIR: with PostgreSQL, name the folder for the generated key and certificate (shared by every instance), or give STEADY_TSA_KEY and STEADY_TSA_CERT',
    );
  }
  const name = env.STEADY_TSA_NAME?.trim() || DEFAULT_TSA_NAME;
  if (name.length > 64 || /[\p{Cc}]/u.test(name)) {
    throw new TimestampConfigError('STEADY_TSA_NAME: at most 64 characters, no control characters');
  }
  return {
    kind: 'on',
    policy,
    keyFile,
    certFile,
    dir: resolve(dir ?? '.'),
    name,
  };
}
