// Runs the slow key derivation (Argon2id) away from the page, so the screen
// stays responsive and quick exit works while a passphrase is being checked.
import { deriveKeyBytes, type KdfParams } from '@steady/core';

interface DeriveRequest {
  secret: Uint8Array;
  salt: Uint8Array;
  params: KdfParams;
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { secret, salt, params } = event.data;
  deriveKeyBytes(secret, salt, params)
    .then((key) => scope.postMessage({ ok: true, key }, [key.buffer]))
    .catch((error: unknown) =>
      scope.postMessage({ ok: false, name: error instanceof Error ? error.name : 'Error' }),
    )
    .finally(() => secret.fill(0));
};
