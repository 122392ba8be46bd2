import { dailyCheckIn, securitySettings, WrongPassphraseError, type CheckIn } from '@steady/core';
import { describe, expect, it } from 'vitest';
import { openSession, PASS } from './sessionTesting.ts';

const DURESS = 'a different long passphrase';

const checkIn = (date: string, note: string): CheckIn => ({
  date,
  steadiness: 3,
  sleep: 4,
  safety: 2,
  feelingLikeMyself: 3,
  urge: 8,
  note,
  savedAt: `${date}T20:00:00.000Z`,
});

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

describe('duress passphrase (DuressPart)', () => {
  it('an emptied decoy (a vault restored from the server) is filled again at the owner’s next unlock', async () => {
    const { session } = await openSession();
    await session.duress.set(PASS, DURESS, 'decoy');
    session.lock();
    await session.unlock(DURESS);
    const seeded = await session.api().readAll(dailyCheckIn);
    for (const { id } of seeded.items) await session.api().delete(dailyCheckIn, id);
    expect((await session.api().readAll(dailyCheckIn)).items).toHaveLength(0);
    session.lock();

    // Check-ins deleted from inside the decoy stay deleted: it does not fill itself again.
    await session.unlock(PASS);
    await session.duress.refilled;
    session.lock();
    await session.unlock(DURESS);
    expect((await session.api().readAll(dailyCheckIn)).items).toHaveLength(0);
    // Nothing at all in it, as after a restore from the server's copy.
    await session.api().delete(securitySettings, 'security');
    session.lock();

    await session.unlock(PASS);
    // The filling runs a moment after the unlock, while the owner has the vault open.
    await session.duress.refilled;
    session.lock();
    await session.unlock(DURESS);
    expect((await session.api().readAll(dailyCheckIn)).items.length).toBeGreaterThan(0);
  });

  it('set: the mode shows, and the duress passphrase opens a lived-in decoy, not the real records', async () => {
    const { session } = await openSession();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30', 'the real one'));
    expect(session.duress.mode.value).toBeNull();

    await session.duress.set(PASS, DURESS, 'decoy');
    expect(session.duress.mode.value).toBe('decoy');
    session.lock();
    expect(session.duress.mode.value).toBeNull();

    await session.unlock(DURESS);
    expect(session.status).toBe('open');
    // The decoy reads as a vault with no duress passphrase, and has check-ins of its own.
    expect(session.duress.mode.value).toBeNull();
    const inDecoy = await session.api().readAll(dailyCheckIn);
    expect(inDecoy.items.length).toBeGreaterThan(0);
    expect(inDecoy.items.some((item) => item.value.note === 'the real one')).toBe(false);
    // Setting one inside the decoy looks as it would for the owner, and changes nothing real.
    await session.duress.set(DURESS, 'yet another long passphrase', 'erase');
    expect(session.duress.mode.value).toBe('erase');

    session.lock();
    await session.unlock(PASS);
    expect(session.duress.mode.value).toBe('decoy');
    const real = await session.api().read(dailyCheckIn, '2026-11-30');
    expect(real?.ok && real.value.note).toBe('the real one');
    session.lock();
    expect(await outcome(session.unlock('yet another long passphrase'))).toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('remove: the mode clears and the duress passphrase no longer opens anything', async () => {
    const { session } = await openSession();
    await session.duress.set(PASS, DURESS, 'decoy');
    await session.duress.remove(PASS);
    expect(session.duress.mode.value).toBeNull();
    session.lock();
    expect(await outcome(session.unlock(DURESS))).toBeInstanceOf(WrongPassphraseError);
    expect(session.status).toBe('locked');
  });

  it('asks for the current passphrase first, changing nothing when it is wrong', async () => {
    const { session } = await openSession();
    expect(await outcome(session.duress.set('not it at all', DURESS, 'decoy'))).toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(session.duress.mode.value).toBeNull();
    session.lock();
    expect(await outcome(session.unlock(DURESS))).toBeInstanceOf(WrongPassphraseError);
  });

  it('erase: the duress passphrase removes the real records and opens as if it were the owner', async () => {
    const { session } = await openSession();
    await session.api().put(dailyCheckIn, '2026-11-30', checkIn('2026-11-30', 'the real one'));
    await session.duress.set(PASS, DURESS, 'erase');
    expect(session.duress.mode.value).toBe('erase');
    session.lock();

    await session.unlock(DURESS);
    expect(session.status).toBe('open');
    const left = await session.api().readAll(dailyCheckIn);
    expect(left.items.some((item) => item.value.note === 'the real one')).toBe(false);
    session.lock();
    expect(await outcome(session.unlock(PASS))).toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses while locked', async () => {
    const { session } = await openSession();
    session.lock();
    expect(await outcome(session.duress.set(PASS, DURESS, 'decoy'))).toBeInstanceOf(Error);
    expect(await outcome(session.duress.remove(PASS))).toBeInstanceOf(Error);
  });
});
