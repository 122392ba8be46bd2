import { toHex, wipe } from '../vault/bytes.ts';
import { deriveBits, importHkdfBase } from '../vault/keys.ts';
import { generateRecoveryKey, parseRecoveryKey } from '../vault/recovery-key.ts';

/*
 * The key to a vault's place on a backup relay. The relay (packages/server/src/backup)
 * wants a random 128-bit vault id and a random 256-bit bearer token; both come out of
 * one 150-bit secret by HKDF, so the person has one thing to write down, in the same
 * hand-copyable form as the recovery key (groups of four, a typo check). It only finds
 * the ciphertext: opening it still needs the vault's passphrase.
 */

const INFO = {
  vaultId: 'steady/backup-relay/v1/vault-id',
  token: 'steady/backup-relay/v1/bearer-token',
} as const;

export type RelayIdentity = {
  /** 32 lowercase hex digits. */
  readonly vaultId: string;
  /** 64 lowercase hex digits. */
  readonly token: string;
};

/** A new relay key, as text to show the person and to keep inside the vault. */
export async function newRelayKey(): Promise<string> {
  const key = await generateRecoveryKey();
  wipe(key.secret);
  return key.text;
}

/**
 * The id and token a relay key stands for. Throws MalformedRecoveryKeyError when the
 * text is not a whole key (a missing group, a typo the check catches).
 */
export async function relayIdentity(keyText: string): Promise<RelayIdentity> {
  const secret = await parseRecoveryKey(keyText);
  const base = await importHkdfBase(secret);
  const [id, token] = await Promise.all([
    deriveBits(base, INFO.vaultId, 16),
    deriveBits(base, INFO.token, 32),
  ]);
  return { vaultId: toHex(id), token: toHex(token) };
}
