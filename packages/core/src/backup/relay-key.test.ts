import { describe, expect, it } from 'vitest';
import { MalformedRecoveryKeyError } from '../vault/errors.ts';
import { newRelayKey, relayIdentity } from './relay-key.ts';

describe('relay keys', () => {
  it('give the relay an id and a token in the forms it accepts', async () => {
    const key = await newRelayKey();
    const { vaultId, token } = await relayIdentity(key);
    expect(vaultId).toMatch(/^[0-9a-f]{32}$/);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(token.startsWith(vaultId)).toBe(false);
  });

  it('give the same identity however the key is typed, and another for another key', async () => {
    const key = await newRelayKey();
    const typed = key.toLowerCase().replaceAll('-', ' ');
    expect(await relayIdentity(typed)).toEqual(await relayIdentity(key));
    expect(await relayIdentity(await newRelayKey())).not.toEqual(await relayIdentity(key));
  });

  it('refuses a key with a group missing', async () => {
    const key = await newRelayKey();
    const short = key.split('-').slice(1).join('-');
    await expect(relayIdentity(short)).rejects.toBeInstanceOf(MalformedRecoveryKeyError);
  });
});
