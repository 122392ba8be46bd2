/**
 * Gives the page its turn (input, rendering) before long work carries on: the
 * continuation runs as a new task. scheduler.yield where the browser has it (Chromium
 * 129 and later, Firefox 142); elsewhere a message on a MessageChannel, which, unlike
 * setTimeout, is not held back to 4 ms after a few nested calls (HTML standard, timers).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
