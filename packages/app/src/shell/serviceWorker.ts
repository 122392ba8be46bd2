/** Keeps the app's own files for offline use. Nothing a person writes is ever cached. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Without a service worker Steady still works online; offline use waits for the next visit.
  });
}
