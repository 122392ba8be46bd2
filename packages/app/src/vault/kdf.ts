import type { DeriveKey } from '@steady/core';

type Reply = { ok: true; key: Uint8Array } | { ok: false; name: string };

/**
 * A DeriveKey that runs in a fresh Web Worker for each call and ends it after,
 * so no derived bytes linger in a long-lived worker's memory.
 */
export const deriveInWorker: DeriveKey = (secret, salt, params) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    const secretCopy = new Uint8Array(secret);
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.key);
      else reject(new Error(`key derivation failed: ${event.data.name}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`key derivation worker failed: ${event.message}`));
    };
    worker.postMessage({ secret: secretCopy, salt: new Uint8Array(salt), params }, [
      secretCopy.buffer,
    ]);
  });
