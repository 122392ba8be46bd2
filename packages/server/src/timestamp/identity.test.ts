import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_CERT_FILE, GENERATED_KEY_FILE, TimestampConfigError } from './config.ts';
import { generatedIdentity, loadIdentity } from './identity.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-tsa-id-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the generated signing key and certificate', () => {
  it('is made once when two instances start together on one folder', async () => {
    const dir = await tempDir();
    const [a, b] = await Promise.all([
      generatedIdentity(dir, 'Relay time-stamping service'),
      generatedIdentity(dir, 'Relay time-stamping service'),
    ]);
    expect(a.certificatePem).toBe(b.certificatePem);
    expect(a.certificatePem).toBe(await readFile(join(dir, GENERATED_CERT_FILE), 'utf8'));
    const x509 = new X509Certificate(a.certificatePem);
    expect(x509.subject).toBe('CN=Relay time-stamping service');
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.8']);
  });

  it('makes the certificate again for a key left without one, and keeps the key', async () => {
    const dir = await tempDir();
    const first = await generatedIdentity(dir, 'Harbour relay');
    const key = await readFile(join(dir, GENERATED_KEY_FILE), 'utf8');
    await rm(join(dir, GENERATED_CERT_FILE));
    const second = await generatedIdentity(dir, 'Harbour relay');
    expect(await readFile(join(dir, GENERATED_KEY_FILE), 'utf8')).toBe(key);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(new X509Certificate(second.certificatePem).publicKey.export({ format: 'jwk' })).toEqual(
      new X509Certificate(first.certificatePem).publicKey.export({ format: 'jwk' }),
    );
  });

  it('refuses a certificate that is not the key’s, and files that are not PEM', async () => {
    const one = await tempDir();
    const two = await tempDir();
    await generatedIdentity(one, 'one');
    await generatedIdentity(two, 'two');
    await expect(
      loadIdentity(join(one, GENERATED_KEY_FILE), join(two, GENERATED_CERT_FILE)),
    ).rejects.toThrow(/the certificate is not the key's/);
    await expect(
      loadIdentity(join(one, GENERATED_CERT_FILE), join(one, GENERATED_CERT_FILE)),
    ).rejects.toThrow(TimestampConfigError);
    await expect(
      loadIdentity(join(one, 'missing.pem'), join(one, GENERATED_CERT_FILE)),
    ).rejects.toThrow(/no such file/);
  });
});
