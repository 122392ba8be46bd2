import { emptyPlan, safetyPlan, type ConflictCopy, type SafetyPlan } from '@steady/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { rebase } from '../../lib/rebase.ts';
import { useVault } from '../../vault/api.ts';

export const PLAN_ID = 'main';
/** Long enough not to write on every key press, short enough that little is lost on a lock. */
const SAVE_DELAY_MS = 600;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface PlanState {
  plan: SafetyPlan | null;
  /** The stored plan was there but could not be read: nothing may overwrite it. */
  unreadable: boolean;
  status: SaveStatus;
  update(change: (plan: SafetyPlan) => SafetyPlan): void;
  /** Text another device wrote to the same answer at the same time, kept to keep or drop. */
  conflicts: readonly ConflictCopy[];
  resolve(copy: ConflictCopy, choice: 'keep' | 'drop'): Promise<void>;
}

/**
 * The whole plan as one encrypted record, saved as the person goes: each change
 * waits briefly for the next, then the latest plan is written. Leaving the screen
 * writes what is still waiting.
 */
export function usePlan(): PlanState {
  const vault = useVault();
  const [plan, setPlan] = useState<SafetyPlan | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<SafetyPlan | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<SafetyPlan | null>(null);
  /** The plan as last read from the vault or written to it: what the person's edits start from. */
  const base = useRef<SafetyPlan | null>(null);
  const mounted = useRef(true);
  const [conflicts, setConflicts] = useState<readonly ConflictCopy[]>([]);

  useEffect(() => {
    mounted.current = true;
    let live = true;
    const load = (again: boolean) =>
      vault.read(safetyPlan, PLAN_ID).then(
        (read) => {
          if (!live) return;
          setConflicts(vault.conflicts(safetyPlan, PLAN_ID));
          if (read === undefined) {
            if (again) return;
            latest.current = emptyPlan();
            base.current = latest.current;
            setPlan(latest.current);
            return;
          }
          if (read.ok) {
            // Another device changed the plan while it is open here: its changes come in,
            // and what the person has typed and not yet saved stays as typed.
            const shown = latest.current;
            const next =
              again && shown && base.current ? rebase(base.current, shown, read.value) : read.value;
            base.current = read.value;
            latest.current = next;
            // A save still waiting must carry the other device's changes too.
            if (pending.current) pending.current = next;
            setPlan(next);
          } else setUnreadable(true);
        },
        () => live && !again && setUnreadable(true),
      );
    void load(false);
    const stop = vault.onSynced((kinds) => {
      if (kinds.has(safetyPlan.kind)) void load(true);
    });
    return () => {
      live = false;
      mounted.current = false;
      stop();
    };
  }, [vault]);

  // Writes go one after another, so an older plan can never land after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    // What this write changes is what differs from the plan before it.
    const from = base.current ?? undefined;
    base.current = next;
    inFlight.current += 1;
    if (mounted.current) setStatus('saving');
    queue.current = queue.current
      .then(() => vault.put(safetyPlan, PLAN_ID, next, from ? { base: from } : {}))
      .then(
        () => {
          if (mounted.current) setConflicts(vault.conflicts(safetyPlan, PLAN_ID));
          inFlight.current -= 1;
          // "Saved" only once everything typed so far is written.
          if (mounted.current && inFlight.current === 0 && !pending.current) setStatus('saved');
        },
        () => {
          inFlight.current -= 1;
          if (base.current === next && from) base.current = from;
          // Keep the change so the next one carries it (unless a newer one is waiting).
          pending.current ??= next;
          if (mounted.current) setStatus('failed');
        },
      );
  }, [vault]);

  // Write what is still waiting when the screen goes away.
  useEffect(() => () => flush(), [flush]);

  // And when the vault locks mid-pause: the write must start before the keys go, so it
  // cannot wait its turn in the queue. Only when nothing else is being written (nearly
  // always, a lock comes long after the last save), so an older plan cannot land last.
  useEffect(
    () =>
      vault.beforeLock(() => {
        const next = pending.current;
        if (!next || inFlight.current > 0) return;
        clearTimeout(timer.current);
        pending.current = null;
        const from = base.current;
        base.current = next;
        vault.put(safetyPlan, PLAN_ID, next, from ? { base: from } : {}).catch(() => {
          // The lock goes on; this change is lost only if the write itself failed, and the
          // plan screen said "saving" until then.
        });
      }),
    [vault],
  );

  const update = useCallback(
    (change: (plan: SafetyPlan) => SafetyPlan) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current);
      latest.current = next;
      pending.current = next;
      setPlan(next);
      setStatus('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const resolve = useCallback(
    async (copy: ConflictCopy, choice: 'keep' | 'drop') => {
      // What is typed goes first, so the answer is given about the text on screen.
      flush();
      await queue.current;
      await vault.resolveConflict(safetyPlan, PLAN_ID, copy, choice);
    },
    [vault, flush],
  );

  return { plan, unreadable, status, update, conflicts, resolve };
}
