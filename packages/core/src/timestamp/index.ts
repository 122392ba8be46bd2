// Trusted timestamps (RFC 3161) from the app's side, as its own entry
// (@steady/core/timestamp) so pkijs is loaded only when a receipt is asked for or checked.
// What leaves the device is a TimeStampReq: a digest of an entry version (evidence/
// digest.ts) and a random nonce, never anything the person wrote. What comes back is a
// token signed by the authority; it is read, and checked against the digest, here.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { fromHex, randomBytes, toHex } from '../vault/bytes.ts';

const SHA256 = '2.16.840.1.101.3.4.2.1';
/** id-ct-TSTInfo (RFC 3161 section 2.4.2). */
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const SIGNED_DATA = '1.2.840.113549.1.7.2';
/** PKCS #9 content-type and message-digest attributes (RFC 5652 section 11). */
const CONTENT_TYPE_ATTRIBUTE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST_ATTRIBUTE = '1.2.840.113549.1.9.4';
const EXTENDED_KEY_USAGE = '2.5.29.37';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const COMMON_NAME = '2.5.4.3';
const ORGANISATION = '2.5.4.10';
const DIGEST = /^[0-9a-f]{64}$/;

export interface TimestampQuery {
  /** The DER TimeStampReq, sent as application/timestamp-query. */
  readonly der: Uint8Array;
  /** The SHA-256 digest it asks a time for, as 64 lowercase hex digits. */
  readonly digest: string;
  /** Its nonce's bytes as hex: the reply must carry the same. */
  readonly nonce: string;
}

export interface TimestampReceipt {
  /** When the authority says the digest existed, as an ISO 8601 UTC time. */
  readonly time: string;
  /** Who says so: the signing certificate's common name (or organisation). */
  readonly authority: string;
  /** The token's serial number, as hex. */
  readonly serial: string;
  /** The TimeStampToken (a CMS ContentInfo, DER), to keep and to check again later. */
  readonly token: Uint8Array;
}

export type TimestampProblem =
  /** Not a reply or token at all. */
  | 'malformed'
  /** The authority refused (detail: its reason). */
  | 'refused'
  /** A token for another digest, or another request's nonce. */
  | 'mismatch'
  /** No certificate in the token to check it with. */
  | 'no-certificate'
  /**
   * The signature does not check out, the certificate is not for time-stamping, or (given
   * the authority's certificate) the token was not signed with it.
   */
  | 'bad-signature';

export type TimestampReading =
  | { readonly ok: true; readonly receipt: TimestampReceipt }
  | { readonly ok: false; readonly problem: TimestampProblem; readonly detail?: string };

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const fail = (problem: TimestampProblem, detail?: string): TimestampReading =>
  detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };

/**
 * A request for a time for `digest` (64 hex digits, a SHA-256 digest): the certificate
 * asked for (certReq), so the token can be checked alone; a 64-bit nonce.
 */
export function timestampQuery(digest: string): TimestampQuery {
  if (!DIGEST.test(digest)) throw new RangeError('a SHA-256 digest is 64 lowercase hex digits');
  const nonce = randomBytes(8);
  // Positive, and minimal in DER (no leading zero byte): strict authorities refuse others.
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: buffer(fromHex(digest)) }),
    }),
    nonce: new asn1js.Integer({ valueHex: buffer(nonce) }),
    certReq: true,
  });
  return {
    der: new Uint8Array(request.toSchema().toBER(false)),
    digest,
    nonce: toHex(nonce),
  };
}

function parse<T>(
  bytes: Uint8Array,
  make: (schema: asn1js.AsnType) => T,
  { der = false }: { der?: boolean } = {},
): T | undefined {
  const parsed = asn1js.fromBER(buffer(bytes));
  if (parsed.offset === -1 || parsed.offset !== bytes.byteLength) return undefined;
  try {
    // DER only: the same bytes again when encoded anew.
    if (der && toHex(new Uint8Array(parsed.result.toBER(false))) !== toHex(bytes)) return undefined;
    return make(parsed.result);
  } catch {
    return undefined;
  }
}

/** True when `bytes` are one DER value, encoded as asn1js would encode it again. */
function isDer(bytes: Uint8Array): boolean {
  const parsed = asn1js.fromBER(buffer(bytes));
  if (parsed.offset === -1 || parsed.offset !== bytes.byteLength) return false;
  try {
    return toHex(new Uint8Array(parsed.result.toBER(false))) === toHex(bytes);
  } catch {
    return false;
  }
}

type Encodable = { toSchema(): asn1js.AsnType };

/** The DER of a structure as hex; undefined when it cannot be encoded (a damaged token). */
function der(schema: Encodable): string | undefined {
  try {
    return toHex(new Uint8Array(schema.toSchema().toBER(false)));
  } catch {
    return undefined;
  }
}

/** Both encode, to the same bytes. */
function sameDer(a: Encodable, b: Encodable | string): boolean {
  const left = der(a);
  return left !== undefined && left === (typeof b === 'string' ? b : der(b));
}

/**
 * The fields of a time-stamp token's SignedData that its signature does not cover, as
 * RFC 3161 and RFC 5652 fix them: version 3 (content other than data), one signer of
 * version 1, and the digest algorithms listed being the signer's own.
 */
function wellFormedSignedData(signed: pkijs.SignedData): boolean {
  const signer = signed.signerInfos[0];
  if (signed.version !== 3 || signer?.version !== 1 || signed.signerInfos.length !== 1) {
    return false;
  }
  const params = signer.digestAlgorithm.algorithmParams as unknown;
  if (params !== undefined && !(params instanceof asn1js.Null)) return false;
  return (
    signed.digestAlgorithms.length === 1 &&
    sameDer(signed.digestAlgorithms[0]!, signer.digestAlgorithm)
  );
}

/** Signature algorithms a signer may name for each hash (RFC 5754 sections 3.2, 3.3). */
const SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  'SHA-256': ['1.2.840.10045.4.3.2', '1.2.840.113549.1.1.11', '1.2.840.113549.1.1.1'],
  'SHA-384': ['1.2.840.10045.4.3.3', '1.2.840.113549.1.1.12', '1.2.840.113549.1.1.1'],
  'SHA-512': ['1.2.840.10045.4.3.4', '1.2.840.113549.1.1.13', '1.2.840.113549.1.1.1'],
};
const ECDSA_PREFIX = '1.2.840.10045.4.3.';

/**
 * The signer's signature algorithm is one that goes with its hash, with the parameters
 * its RFC gives (none for ECDSA, NULL for RSA), and an ECDSA signature is strict DER:
 * the parts of a token its signature does not cover may not differ from what was signed.
 */
function signatureAlgorithmFits(signer: pkijs.SignerInfo, hash: string): boolean {
  const { algorithmId, algorithmParams } = signer.signatureAlgorithm;
  if (!(SIGNATURES[hash] ?? []).includes(algorithmId)) return false;
  const params = algorithmParams as unknown;
  if (algorithmId.startsWith(ECDSA_PREFIX)) {
    if (params !== undefined) return false;
    const value = signer.signature.valueBlock.valueHexView;
    const parsed = asn1js.fromBER(buffer(value));
    if (!isDer(value) || !(parsed.result instanceof asn1js.Sequence)) return false;
    const parts = parsed.result.valueBlock.value;
    return parts.length === 2 && parts.every((part) => part instanceof asn1js.Integer);
  }
  return params === undefined || params instanceof asn1js.Null;
}

function authorityName(certificate: pkijs.Certificate): string {
  const value = (type: string) =>
    certificate.subject.typesAndValues.find((entry) => entry.type === type)?.value.valueBlock
      .value as unknown;
  const name = value(COMMON_NAME) ?? value(ORGANISATION);
  return typeof name === 'string' ? name : '';
}

function forTimeStamping(certificate: pkijs.Certificate): boolean {
  const eku = certificate.extensions?.find((extension) => extension.extnID === EXTENDED_KEY_USAGE);
  const purposes = (eku?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  return eku?.critical === true && purposes.length === 1 && purposes[0] === TIME_STAMPING;
}

/**
 * The certificate whose key signed the token, or undefined. pkijs's SignedData.verify
 * wants a time-stamped document itself, which the app never has (only its digest), so
 * the CMS checks are made here with its parts (RFC 5652 5.4 and 5.6): the signed
 * attributes name the TSTInfo content type and hold its digest, and the signature over
 * those attributes (re-tagged as a SET) checks with the signer's public key.
 */
async function verifySigner(
  signed: pkijs.SignedData,
  certificates: readonly pkijs.Certificate[],
): Promise<pkijs.Certificate | undefined> {
  const engine = pkijs.getCrypto(true);
  const signerInfo = signed.signerInfos[0];
  const attributes = signerInfo?.signedAttrs;
  const content = signed.encapContentInfo.eContent;
  if (!signerInfo || !attributes || !content || signed.signerInfos.length !== 1) return undefined;
  const sid = signerInfo.sid as unknown;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return undefined;
  // Byte for byte, not as names compare (which ignores case and spacing).
  const signer = certificates.find(
    (certificate) =>
      sameDer(certificate.issuer, sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber),
  );
  if (!signer) return undefined;
  const hash = engine.getAlgorithmByOID(signerInfo.digestAlgorithm.algorithmId);
  if (!('name' in hash) || !['SHA-256', 'SHA-384', 'SHA-512'].includes(hash.name)) return undefined;
  if (!signatureAlgorithmFits(signerInfo, hash.name)) return undefined;
  const only = (type: string) => {
    const found = attributes.attributes.filter((attribute) => attribute.type === type);
    return found.length === 1 && found[0]!.values.length === 1 ? found[0]!.values[0] : undefined;
  };
  const contentType = only(CONTENT_TYPE_ATTRIBUTE);
  const messageDigest = only(MESSAGE_DIGEST_ATTRIBUTE);
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.getValue() !== TST_INFO) {
    return undefined;
  }
  if (!(messageDigest instanceof asn1js.OctetString)) return undefined;
  const digest = new Uint8Array(await engine.digest({ name: hash.name }, content.getValue()));
  if (toHex(digest) !== toHex(messageDigest.valueBlock.valueHexView)) return undefined;
  const encoded = new Uint8Array(attributes.encodedValue);
  if (encoded.byteLength === 0) return undefined;
  encoded[0] = 0x31;
  const verified = await engine
    .verifyWithPublicKey(
      encoded,
      signerInfo.signature,
      signer.subjectPublicKeyInfo,
      signerInfo.signatureAlgorithm,
      hash.name,
    )
    .catch(() => false);
  return verified ? signer : undefined;
}

/**
 * Checks a TimeStampToken: it is signed by the certificate it carries, that certificate
 * is for time-stamping, and it names `digest`. Given `certificate` (the authority's, DER,
 * as it publishes it), the token must be signed with that one and no other; without it,
 * whether the token's own certificate is the authority's is for whoever reads the
 * receipt (README: the published certificate).
 */
export async function checkTimestampToken(
  token: Uint8Array,
  digest: string,
  nonce?: string,
  certificate?: Uint8Array,
): Promise<TimestampReading> {
  // DER only: the same bytes again when encoded anew, so no byte of a kept token can be
  // changed (a length, a tag) and still read as the same token.
  const content = parse(token, (schema) => new pkijs.ContentInfo({ schema }), { der: true });
  if (!content || content.contentType !== SIGNED_DATA) return fail('malformed');
  let signed: pkijs.SignedData;
  let info: pkijs.TSTInfo;
  try {
    signed = new pkijs.SignedData({ schema: content.content });
    const { eContentType, eContent } = signed.encapContentInfo;
    if (eContentType !== TST_INFO || !eContent) return fail('malformed');
    const parsed = parse(new Uint8Array(eContent.getValue()), (schema) => {
      return new pkijs.TSTInfo({ schema });
    });
    if (!parsed) return fail('malformed');
    info = parsed;
  } catch {
    return fail('malformed');
  }
  const imprint = info.messageImprint;
  if (
    imprint.hashAlgorithm.algorithmId !== SHA256 ||
    toHex(imprint.hashedMessage.valueBlock.valueHexView) !== digest
  ) {
    return fail('mismatch', 'The token is for another digest.');
  }
  if (
    nonce !== undefined &&
    toHex(info.nonce?.valueBlock.valueHexView ?? new Uint8Array()) !== nonce
  ) {
    return fail('mismatch', "The token answers another request's nonce.");
  }
  let certificates = (signed.certificates ?? []).filter(
    (certificate): certificate is pkijs.Certificate => certificate instanceof pkijs.Certificate,
  );
  if (!wellFormedSignedData(signed)) return fail('malformed');
  if (certificate !== undefined) {
    const trusted = trustedCertificate(certificate);
    if (!trusted) return fail('bad-signature', 'The authority certificate does not read.');
    // The certificate the token carries, if it carries one, is that same certificate.
    const carried = certificates.length === 0 ? undefined : signerOf(signed, certificates);
    if (
      certificates.length > 0 &&
      (carried === undefined || !sameDer(carried, toHex(certificate)))
    ) {
      return fail('bad-signature', 'The token carries another certificate.');
    }
    certificates = [trusted];
  }
  if (certificates.length === 0) return fail('no-certificate');
  const signer = await verifySigner(signed, certificates);
  if (!signer || !forTimeStamping(signer)) return fail('bad-signature');
  return {
    ok: true,
    receipt: {
      time: info.genTime.toISOString(),
      authority: authorityName(signer),
      serial: toHex(info.serialNumber.valueBlock.valueHexView),
      token: new Uint8Array(token),
    },
  };
}

/** Reads the authority's TimeStampResp to `query`: its receipt, or why there is none. */
export async function readTimestampReply(
  reply: Uint8Array,
  query: TimestampQuery,
): Promise<TimestampReading> {
  const response = parse(reply, (schema) => new pkijs.TimeStampResp({ schema }));
  if (!response) return fail('malformed');
  const { status } = response.status;
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
    const reason = response.status.statusStrings?.map((text) => text.valueBlock.value).join(' ');
    return fail('refused', reason);
  }
  if (!response.timeStampToken) return fail('malformed');
  const token = new Uint8Array(response.timeStampToken.toSchema().toBER(false));
  return checkTimestampToken(token, query.digest, query.nonce);
}

/** The carried certificate the token's signer names (byte for byte), if any. */
function signerOf(
  signed: pkijs.SignedData,
  certificates: readonly pkijs.Certificate[],
): pkijs.Certificate | undefined {
  const sid = signed.signerInfos[0]?.sid as unknown;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return undefined;
  return certificates.find(
    (certificate) =>
      sameDer(certificate.issuer, sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber),
  );
}

/** Authority certificates read so far (a package names a few, for many receipts). */
const trustedCache = new Map<string, pkijs.Certificate>();

function trustedCertificate(bytes: Uint8Array): pkijs.Certificate | undefined {
  const key = toHex(bytes);
  const known = trustedCache.get(key);
  if (known) return known;
  const certificate = parse(bytes, (schema) => new pkijs.Certificate({ schema }));
  if (!certificate) return undefined;
  if (trustedCache.size >= 8) trustedCache.clear();
  trustedCache.set(key, certificate);
  return certificate;
}

/**
 * The DER of the certificate a token says signed it (the one it carries that its signer
 * names), unchecked; undefined when it carries none. To list an authority once, by it.
 */
export function tokenCertificate(token: Uint8Array): Uint8Array | undefined {
  const content = parse(token, (schema) => new pkijs.ContentInfo({ schema }));
  if (!content || content.contentType !== SIGNED_DATA) return undefined;
  try {
    const signed = new pkijs.SignedData({ schema: content.content });
    const certificates = (signed.certificates ?? []).filter(
      (certificate): certificate is pkijs.Certificate => certificate instanceof pkijs.Certificate,
    );
    const signer = signerOf(signed, certificates);
    return signer ? new Uint8Array(signer.toSchema().toBER(false)) : undefined;
  } catch {
    return undefined;
  }
}

/** The DER of the one certificate in PEM text (as the relay publishes it), or undefined. */
export function certificateFromPem(pem: string): Uint8Array | undefined {
  const match =
    /^-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END CERTIFICATE-----\s*$/.exec(
      pem.trim() + '\n',
    );
  if (!match) return undefined;
  let der: Uint8Array;
  try {
    der = Uint8Array.from(atob(match[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
  return parse(der, (schema) => new pkijs.Certificate({ schema })) ? der : undefined;
}
