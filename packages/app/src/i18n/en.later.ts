import type { Message } from './plural.ts';
import { calmEn } from '../features/calm/i18n.en.ts';
import { checkinEn } from '../features/checkin/i18n.en.ts';
import { progressEn } from '../features/progress/i18n.en.ts';
import { learnEn } from '../features/learn/i18n.en.ts';
import { selfcheckEn } from '../features/selfcheck/i18n.en.ts';
import { urgesEn } from '../features/urges/i18n.en.ts';
import { planEn } from '../features/plan/i18n.en.ts';
import { backupEn } from '../features/backup/i18n.en.ts';
import { journalEn } from '../features/journal/i18n.en.ts';
import { reportEn } from '../features/report/i18n.en.ts';
import { alertEn } from '../features/alert/i18n.en.ts';
import { homeEn } from '../features/home/i18n.en.ts';
import { helpEn } from '../features/help/i18n.en.ts';
import { evidenceEn } from '../features/evidence/i18n.en.ts';
import { timestampsEn } from '../features/timestamps/i18n.en.ts';
import { shareEn } from '../features/share/i18n.en.ts';

// The source catalog's second part: the words of the screens whose code loads later
// (index.ts loads it after the first paint, and every such screen waits for it).
export const enLater = {
  ...calmEn,
  ...checkinEn,
  ...progressEn,
  ...learnEn,
  ...selfcheckEn,
  ...urgesEn,
  ...planEn,
  ...backupEn,
  ...journalEn,
  ...reportEn,
  ...alertEn,
  ...homeEn,
  ...helpEn,
  ...evidenceEn,
  ...timestampsEn,
  ...shareEn,
} as const satisfies Readonly<Record<string, Message>>;
