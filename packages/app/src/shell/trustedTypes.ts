// The page requires Trusted Types (see the server's CSP). This default policy is
// the only one allowed: it lets through script URLs of our own origin (workers,
// the service worker) and refuses every string of HTML or script.
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): unknown;
}

export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL(input) {
      const url = new URL(input, location.href);
      if (url.origin !== location.origin) throw new TypeError('Script from another origin refused');
      return url.href;
    },
  });
}
