import type { LaterCatalog } from './types.ts';
import { calmEs } from '../features/calm/i18n.es.ts';
import { checkinEs } from '../features/checkin/i18n.es.ts';
import { progressEs } from '../features/progress/i18n.es.ts';
import { learnEs } from '../features/learn/i18n.es.ts';
import { selfcheckEs } from '../features/selfcheck/i18n.es.ts';
import { urgesEs } from '../features/urges/i18n.es.ts';
import { planEs } from '../features/plan/i18n.es.ts';
import { backupEs } from '../features/backup/i18n.es.ts';
import { journalEs } from '../features/journal/i18n.es.ts';
import { reportEs } from '../features/report/i18n.es.ts';
import { alertEs } from '../features/alert/i18n.es.ts';
import { homeEs } from '../features/home/i18n.es.ts';
import { helpEs } from '../features/help/i18n.es.ts';
import { evidenceEs } from '../features/evidence/i18n.es.ts';
import { timestampsEs } from '../features/timestamps/i18n.es.ts';
import { shareEs } from '../features/share/i18n.es.ts';

// Spanish for the screens whose code loads later (see en.later.ts).
export const esLater = {
  ...calmEs,
  ...checkinEs,
  ...progressEs,
  ...learnEs,
  ...selfcheckEs,
  ...urgesEs,
  ...planEs,
  ...backupEs,
  ...journalEs,
  ...reportEs,
  ...alertEs,
  ...homeEs,
  ...helpEs,
  ...evidenceEs,
  ...timestampsEs,
  ...shareEs,
} satisfies LaterCatalog;
