// Two years of daily urge entries, as a heavy user's log would hold: one or two
// urges a day whose strength drifts down, and a hold every week or so.
import type { HoldRecord, UrgeRecord } from '@steady/core';

const DAY = 86_400_000;

export function twoYearsOfUrges(start = Date.UTC(2024, 0, 1, 9)): {
  urges: UrgeRecord[];
  holds: HoldRecord[];
} {
  const urges: UrgeRecord[] = [];
  const holds: HoldRecord[] = [];
  for (let day = 0; day < 730; day++) {
    const base = start + day * DAY;
    const perDay = day % 3 === 0 ? 2 : 1;
    for (let k = 0; k < perDay; k++) {
      urges.push({
        id: `u${day}-${k}`,
        at: new Date(base + k * 5 * 3_600_000).toISOString(),
        strength: Math.max(0, Math.min(10, Math.round(9 - day / 120 + ((day * 7 + k) % 5) - 2))),
        pulls: ['missing-them'],
        note: '',
      });
    }
    if (day % 8 === 0) {
      const startedAt = new Date(base).toISOString();
      holds.push({
        id: `h${day}`,
        startedAt,
        endsAt: new Date(base + DAY).toISOString(),
        outcome: day % 40 === 0 ? 'contacted' : 'did-not-contact',
        feelingAfter: 6,
        resolvedAt: new Date(base + DAY).toISOString(),
      });
    }
  }
  return { urges, holds };
}
