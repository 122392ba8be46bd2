// Steady's service worker. The build fills in the version and the file list.
// It keeps the app's own files for offline use and nothing else: every other
// request goes to the network untouched, and no response with a person's data
// (there is none: their data never leaves the device) is ever stored.
const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const CACHE = `steady-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('steady-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname === '/steady-config.json') {
    // The deployment's settings: fresh when online, the last copy when not.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put('/steady-config.json', copy));
          }
          return response;
        })
        .catch(() => caches.match('/steady-config.json').then((hit) => hit ?? Response.json({}))),
    );
    return;
  }

  if (request.mode === 'navigate') {
    // One page serves every path but a shared link's own (open.html): answer from the
    // cache so the app opens offline.
    const page = url.pathname === '/open.html' ? '/open.html' : '/index.html';
    event.respondWith(caches.match(page).then((hit) => hit ?? fetch(request)));
    return;
  }

  if (PRECACHE.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
  }
});
