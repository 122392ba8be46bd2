// The relay's RFC 3161 time-stamp authority (README: STEADY_TSA): what main.ts opens and
// the backup API serves at BACKUP_BASE/timestamp.
import type { TimestampConfig } from './config.ts';
import { generatedIdentity, loadIdentity } from './identity.ts';
import { createTimestamper, type Timestamper } from './token.ts';

export {
  DEFAULT_TSA_POLICY,
  readTimestampConfig,
  TimestampConfigError,
  type TimestampConfig,
} from './config.ts';
export {
  createTimestamper,
  FailureInfo,
  MalformedRequestError,
  type Timestamper,
} from './token.ts';

export interface TimestampService {
  readonly timestamper: Timestamper;
  /** The signing certificate as PEM, published for verifiers. */
  readonly certificatePem: string;
  /** Its SHA-256 fingerprint, printed at start. */
  readonly fingerprint: string;
  /** Where the key and certificate came from, for the start-up line. */
  readonly description: string;
}

/** Loads (or on first start makes) the signing key and certificate; undefined when off. */
export async function openTimestamps(
  config: TimestampConfig,
): Promise<TimestampService | undefined> {
  if (config.kind === 'off') return undefined;
  const identity =
    config.keyFile !== undefined && config.certFile !== undefined
      ? await loadIdentity(config.keyFile, config.certFile)
      : await generatedIdentity(config.dir, config.name);
  return {
    timestamper: createTimestamper({ identity, policy: config.policy }),
    certificatePem: identity.certificatePem,
    fingerprint: identity.fingerprint,
    description:
      config.keyFile !== undefined
        ? `certificate ${config.certFile}`
        : `self-signed certificate in ${config.dir}`,
  };
}
