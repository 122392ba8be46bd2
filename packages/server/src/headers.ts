// The response headers that make the browser enforce what Steady promises:
// no inline script, no other origin, no referrer, no framing. The threat model
// (shared/threat-model.md, "The web page itself") is the source of each value.

export interface HeaderOptions {
  /** Origin of the end-to-end-encrypted backup server, when a deployment turns one on. */
  backupOrigin?: string | undefined;
}

export function contentSecurityPolicy(options: HeaderOptions = {}): string {
  const connect = ["'self'", ...(options.backupOrigin ? [options.backupOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    // hash-wasm compiles its Argon2id module at run time; that needs wasm-unsafe-eval, not unsafe-eval.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    // blob: and data: let the app show images it decrypted in memory; they never leave the page.
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    // blob: only: a voice note is played from bytes the app decrypted in memory (an
    // <audio> fed a blob: URL); no sound or video is ever fetched, from here or elsewhere.
    'media-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    // 'default' is the app's own policy, which only lets same-origin script URLs through.
    'trusted-types default',
  ].join('; ');
}

export function securityHeaders(options: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The microphone for the app's own page only (voice notes, asked for when the person
    // taps record); every other sensor stays closed, and no frame may ask for any.
    'Permissions-Policy':
      'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
      'magnetometer=(), microphone=(self), payment=(), usb=(), browsing-topics=()',
    'X-DNS-Prefetch-Control': 'off',
  };
}

/** Hashed build output never changes under the same name; everything else must be revalidated. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  // The HTML, the service worker and the manifest: never kept by the HTTP cache, so an
  // update reaches people and the back/forward cache does not keep a rendered page.
  return 'no-store';
}
