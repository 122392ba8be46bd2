import type { PluralKey } from '../i18n/index.ts';
import { useShell } from '../shell/context.ts';

/** Which records a note is about, by their name on screen. */
export type UnreadableWhat =
  | 'journal'
  | 'attachment'
  | 'checkin'
  | 'freedom'
  | 'urge'
  | 'hold'
  | 'reminder'
  | 'coping'
  | 'ifthen'
  | 'unsent'
  | 'selfcheck'
  | 'draft'
  | 'receipt';

const COUNTS: Record<UnreadableWhat, PluralKey> = {
  journal: 'unreadable.journal',
  attachment: 'unreadable.attachment',
  checkin: 'unreadable.checkin',
  freedom: 'unreadable.freedom',
  urge: 'unreadable.urge',
  hold: 'unreadable.hold',
  reminder: 'unreadable.reminder',
  coping: 'unreadable.coping',
  ifthen: 'unreadable.ifthen',
  unsent: 'unreadable.unsent',
  selfcheck: 'unreadable.selfcheck',
  draft: 'unreadable.draft',
  receipt: 'unreadable.receipt',
};

/**
 * Says, where records of a kind are listed, how many could not be read, and what that
 * means: they are kept exactly as they were, and what the person can do. Nothing when
 * every record read.
 */
export function UnreadableNote({ what, count }: { what: UnreadableWhat; count: number }) {
  const { t } = useShell();
  if (count === 0) return null;
  return (
    <div class="unreadable-note">
      <p class="error">{t(COUNTS[what], { count })}</p>
      <p class="hint">{t('unreadable.help')}</p>
    </div>
  );
}
