// For tests: what the relay's suites share when they start a relay in this process.
import { DEFAULT_LIMITS, type BackupLimits } from './config.ts';

/** Generous, so only the tests about limits meet them (each passes its own on top). */
export const OPEN_LIMITS: BackupLimits = {
  ...DEFAULT_LIMITS,
  vaultPerMinute: 1_000_000,
  vaultBurst: 100_000,
  ipPerMinute: 1_000_000,
  ipBurst: 100_000,
  vaultsPerIpPerDay: 100_000,
  sharesPerIpPerDay: 100_000,
  syncPerMinute: 1_000_000,
  syncBurst: 100_000,
};
