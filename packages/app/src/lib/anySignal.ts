/**
 * A signal that aborts when any of `signals` does. AbortSignal.any arrived in Safari 17.4;
 * on an older iPhone every request through it would throw, and a sync or backup would
 * quietly never run. There, one controller listens to each signal instead.
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([...signals]);
  const controller = new AbortController();
  const stop = (from: AbortSignal) => {
    for (const signal of signals) signal.removeEventListener('abort', onAbort);
    controller.abort(from.reason);
  };
  function onAbort(this: AbortSignal) {
    stop(this);
  }
  const already = signals.find((signal) => signal.aborted);
  if (already) stop(already);
  else for (const signal of signals) signal.addEventListener('abort', onAbort);
  return controller.signal;
}
