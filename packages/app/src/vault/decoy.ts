import {
  dailyCheckIn,
  putChange,
  securitySettings,
  type CheckIn,
  type OpenVault,
  type SecuritySettings,
} from '@steady/core';
import { todayOnDevice } from '../lib/deviceTime.ts';

const DAYS_BACK = 21;
const DAY_MS = 24 * 60 * 60 * 1000;

const between = (low: number, high: number): number => {
  const [r = 0] = crypto.getRandomValues(new Uint32Array(1));
  return low + (r % (high - low + 1));
};

/**
 * Fills a new decoy with what an ordinary person might keep in a wellbeing app: daily
 * check-ins on most of the last three weeks, mild and unremarkable, with no words in
 * them (words would be in one language and could ring false), and the same lock
 * settings as the real vault so the decoy locks the same way. Nothing in it mentions
 * anyone. Values are random each time, so two decoys do not look alike.
 */
export async function seedDecoy(
  decoy: OpenVault,
  security: SecuritySettings,
  now: Date = new Date(),
): Promise<void> {
  const changes = [putChange(securitySettings, 'security', security)];
  for (let back = DAYS_BACK; back >= 1; back--) {
    if (between(0, 9) < 4) continue; // about six days in ten
    const evening = new Date(now.getTime() - back * DAY_MS);
    evening.setHours(between(19, 22), between(0, 59), between(0, 59), 0);
    const checkIn: CheckIn = {
      date: todayOnDevice(evening),
      steadiness: between(5, 8),
      sleep: between(4, 8),
      safety: between(7, 10),
      feelingLikeMyself: between(5, 8),
      urge: between(0, 2),
      note: '',
      savedAt: evening.toISOString(),
    };
    // Checked as the check-in screen checks it, so the decoy never shows an error.
    changes.push(putChange(dailyCheckIn, checkIn.date, checkIn));
  }
  await decoy.write(changes);
}
