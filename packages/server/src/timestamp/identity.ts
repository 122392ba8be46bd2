// The key and certificate the relay signs tokens with: the operator's own files, or a
// self-signed pair made on first start and kept in the relay's data folder, so every
// restart (and every instance sharing the folder) signs with the same certificate.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { GENERATED_CERT_FILE, GENERATED_KEY_FILE, TimestampConfigError } from './config.ts';
import type { SigningIdentity } from './token.ts';

/** id-kp-timeStamping (RFC 3161 section 2.3; RFC 5280 section 4.2.1.12). */
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const EXTENDED_KEY_USAGE = '2.5.29.37';
const BASIC_CONSTRAINTS = '2.5.29.19';
const SUBJECT_KEY_IDENTIFIER = '2.5.29.14';
const COMMON_NAME = '2.5.4.3';

/** A generated certificate is valid this long; afterwards the relay refuses to sign. */
const GENERATED_YEARS = 10;

const EC_CURVES: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

export interface LoadedIdentity extends SigningIdentity {
  /** The certificate as PEM, as GET .../timestamp/certificate.pem serves it. */
  readonly certificatePem: string;
  /** SHA-256 fingerprint, colon-separated hex, for the start-up line. */
  readonly fingerprint: string;
}

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

function pem(label: string, der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/*
 * Keys reach WebCrypto through pkijs's own engine (its getCrypto), the one that signs
 * with them; the app's vault crypto stays in core's crypto/webcrypto.ts. Every key
 * imported here is non-extractable and for signing (or checking) with SHA-256 only.
 */
const engine = () => pkijs.getCrypto(true);

/** Imports a private key for signing with SHA-256, as WebCrypto (and so pkijs) wants it. */
async function importSigningKey(key: KeyObject, file: string): Promise<CryptoKey> {
  const pkcs8 = key.export({ type: 'pkcs8', format: 'der' });
  if (key.asymmetricKeyType === 'rsa') {
    return engine().importKey(
      'pkcs8',
      pkcs8,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
  }
  const curve = EC_CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
  if (key.asymmetricKeyType === 'ec' && curve) {
    return engine().importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: curve }, false, [
      'sign',
    ]);
  }
  throw new TimestampConfigError(
    `${file}: the key must be RSA or ECDSA on P-256, P-384 or P-521 (got ${key.asymmetricKeyType})`,
  );
}

/** Checks the certificate is one a verifier accepts for time-stamping (RFC 3161 2.3). */
function checkCertificate(certificate: pkijs.Certificate, x509: X509Certificate, file: string) {
  const eku = certificate.extensions?.find((extension) => extension.extnID === EXTENDED_KEY_USAGE);
  const purposes = (eku?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  if (!eku || !eku.critical || purposes.length !== 1 || purposes[0] !== TIME_STAMPING) {
    throw new TimestampConfigError(
      `${file}: the certificate needs a critical extended key usage of timeStamping alone (RFC 3161 section 2.3)`,
    );
  }
  const now = Date.now();
  if (now < Date.parse(x509.validFrom) || now > Date.parse(x509.validTo)) {
    throw new TimestampConfigError(
      `${file}: the certificate is not valid now (from ${x509.validFrom} to ${x509.validTo})`,
    );
  }
}

async function identityFrom(
  keyPem: string,
  certPem: string,
  keyFile: string,
  certFile: string,
): Promise<LoadedIdentity> {
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new TimestampConfigError(`${keyFile}: not a PEM private key (unencrypted)`);
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(certPem);
  } catch {
    throw new TimestampConfigError(`${certFile}: not a PEM certificate`);
  }
  if (!x509.checkPrivateKey(key)) {
    throw new TimestampConfigError(`${certFile}: the certificate is not the key's (${keyFile})`);
  }
  const der = new Uint8Array(x509.raw);
  const certificate = pkijs.Certificate.fromBER(buffer(der));
  checkCertificate(certificate, x509, certFile);
  return {
    key: await importSigningKey(key, keyFile),
    certificate,
    certificateDer: der,
    certificatePem: pem('CERTIFICATE', der),
    fingerprint: x509.fingerprint256,
  };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new TimestampConfigError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/**
 * Writes `text` at `file` only if nothing is there yet: written whole beside it, then
 * linked into place, so a crash leaves no half file and two instances starting at once
 * keep one of theirs. Answers what is at `file` afterwards.
 */
async function writeOnce(file: string, text: string, mode: number): Promise<string> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, text, { mode, flag: 'wx' });
  try {
    await link(temporary, file);
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readText(file)) ?? text;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** A self-signed time-stamping certificate for `key` (RFC 3161 2.3: EKU timeStamping, critical). */
async function selfSigned(keys: CryptoKeyPair, name: string): Promise<Uint8Array> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x3f) | 0x40;
  certificate.serialNumber = new asn1js.Integer({ valueHex: buffer(serial) });
  const subject = () =>
    new pkijs.RelativeDistinguishedNames({
      typesAndValues: [
        new pkijs.AttributeTypeAndValue({
          type: COMMON_NAME,
          value: new asn1js.Utf8String({ value: name }),
        }),
      ],
    });
  certificate.issuer = subject();
  certificate.subject = subject();
  const from = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const until = new Date(from);
  until.setUTCFullYear(until.getUTCFullYear() + GENERATED_YEARS);
  certificate.notBefore.value = from;
  certificate.notAfter.value = until;
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  const publicKeyBits = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  // The key identifier of RFC 5280 4.2.1.2, method (1): SHA-1 of the public key's bits.
  const keyId = createHash('sha1').update(publicKeyBits).digest();
  certificate.extensions = [
    new pkijs.Extension({
      extnID: BASIC_CONSTRAINTS,
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false),
    }),
    new pkijs.Extension({
      extnID: EXTENDED_KEY_USAGE,
      critical: true,
      extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [TIME_STAMPING] }).toSchema().toBER(false),
    }),
    new pkijs.Extension({
      extnID: SUBJECT_KEY_IDENTIFIER,
      critical: false,
      extnValue: new asn1js.OctetString({ valueHex: buffer(keyId) }).toBER(false),
    }),
  ];
  await certificate.sign(keys.privateKey, 'SHA-256');
  return new Uint8Array(certificate.toSchema(true).toBER(false));
}

/** Reads the operator's key and certificate files; a wrong one stops start-up. */
export async function loadIdentity(keyFile: string, certFile: string): Promise<LoadedIdentity> {
  const keyPem = await readText(keyFile);
  if (keyPem === undefined) throw new TimestampConfigError(`${keyFile}: no such file`);
  const certPem = await readText(certFile);
  if (certPem === undefined) throw new TimestampConfigError(`${certFile}: no such file`);
  return identityFrom(keyPem, certPem, keyFile, certFile);
}

/**
 * The pair kept in `dir`, made on first start: an ECDSA P-256 key (only the relay's user
 * may read it) and a self-signed certificate for it. A key without its certificate (a
 * crash between the two writes) gets its certificate made now.
 */
export async function generatedIdentity(dir: string, name: string): Promise<LoadedIdentity> {
  await mkdir(dir, { recursive: true });
  const keyFile = join(dir, GENERATED_KEY_FILE);
  const certFile = join(dir, GENERATED_CERT_FILE);
  let keyPem = await readText(keyFile);
  if (keyPem === undefined) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const text = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    keyPem = await writeOnce(keyFile, text, 0o600);
  }
  let certPem = await readText(certFile);
  if (certPem === undefined) {
    const key = createPrivateKey(keyPem);
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
    const privateKey = await engine().importKey(
      'pkcs8',
      key.export({ type: 'pkcs8', format: 'der' }),
      algorithm,
      false,
      ['sign'],
    );
    const publicKey = await engine().importKey(
      'spki',
      createPublicKey(key).export({ type: 'spki', format: 'der' }),
      algorithm,
      true,
      ['verify'],
    );
    const der = await selfSigned({ privateKey, publicKey }, name);
    certPem = await writeOnce(certFile, pem('CERTIFICATE', der), 0o644);
  }
  return identityFrom(keyPem, certPem, keyFile, certFile);
}
