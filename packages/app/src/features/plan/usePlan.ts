import { emptyPlan, safetyPlan, type SafetyPlan } from '@steady/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    let live = true;
    vault.read(safetyPlan, PLAN_ID).then(
      (read) => {
        if (!live) return;
        if (read === undefined) {
          latest.current = emptyPlan();
          setPlan(latest.current);
          return;
        }
        if (read.ok) {
          latest.current = read.value;
          setPlan(read.value);
        } else setUnreadable(true);
      },
      () => live && setUnreadable(true),
    );
    return () => {
      live = false;
      mounted.current = false;
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
    inFlight.current += 1;
    if (mounted.current) setStatus('saving');
    queue.current = queue.current
      .then(() => vault.put(safetyPlan, PLAN_ID, next))
      .then(
        () => {
          inFlight.current -= 1;
          // "Saved" only once everything typed so far is written.
          if (mounted.current && inFlight.current === 0 && !pending.current) setStatus('saved');
        },
        () => {
          inFlight.current -= 1;
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
        vault.put(safetyPlan, PLAN_ID, next).catch(() => {
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

  return { plan, unreadable, status, update };
}
