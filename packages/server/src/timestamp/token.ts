// Answers one RFC 3161 TimeStampReq with a TimeStampResp, through pkijs and asn1js: the
// structures are theirs; this file only fills them in. What a granted token holds
// (RFC 3161 section 2.4.2): the policy, the request's message imprint and nonce, a serial
// number and the relay's time; signed as CMS SignedData (RFC 5652) with the
// signing-certificate attribute that names the relay's certificate (RFC 5035,
// SigningCertificateV2), which verifiers such as `openssl ts -verify` require.
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const SHA256 = '2.16.840.1.101.3.4.2.1';
const SHA256_LENGTH = 32;
/** id-ct-TSTInfo (RFC 3161 section 2.4.2). */
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
/** id-signedData (RFC 5652 section 5.1). */
const SIGNED_DATA = '1.2.840.113549.1.7.2';
/** PKCS #9 content-type and message-digest attributes (RFC 5652 section 11). */
const CONTENT_TYPE_ATTRIBUTE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST_ATTRIBUTE = '1.2.840.113549.1.9.4';
/** id-aa-signingCertificateV2 (RFC 5035 section 3). */
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

/** PKIFailureInfo's named bits (RFC 3161 section 2.4.2). */
export const FailureInfo = {
  badAlg: 0,
  badRequest: 2,
  badDataFormat: 5,
  unacceptedPolicy: 15,
  unacceptedExtension: 16,
  systemFailure: 25,
} as const;
export type FailureBit = (typeof FailureInfo)[keyof typeof FailureInfo];

/** A body that is not a TimeStampReq at all: answered 400, not with a TimeStampResp. */
export class MalformedRequestError extends Error {
  override readonly name = 'MalformedRequestError';
}

export interface SigningIdentity {
  /** Signs with SHA-256: ECDSA or RSASSA-PKCS1-v1_5. */
  readonly key: CryptoKey;
  readonly certificate: pkijs.Certificate;
  /** The certificate's DER, as published. */
  readonly certificateDer: Uint8Array;
}

export interface TimestamperOptions {
  readonly identity: SigningIdentity;
  readonly policy: string;
  /** The relay's clock; tests may fix it. */
  readonly now?: () => Date;
}

export interface Timestamper {
  /** The TimeStampResp (DER) for a TimeStampReq (DER); throws MalformedRequestError. */
  respond(request: Uint8Array): Promise<Uint8Array>;
}

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

function sha256(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return createHash('sha256')
    .update(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))
    .digest();
}

/** The DER of a PKIFailureInfo with one named bit set (trailing zero bits dropped, X.690 11.2.2). */
function failureBits(bit: FailureBit): asn1js.BitString {
  const bytes = new Uint8Array((bit >> 3) + 1);
  bytes[bit >> 3] = 0x80 >> (bit & 7);
  return new asn1js.BitString({ valueHex: buffer(bytes), unusedBits: 7 - (bit & 7) });
}

function rejection(bit: FailureBit, reason: string): Uint8Array {
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({
      status: pkijs.PKIStatus.rejection,
      statusStrings: [new asn1js.Utf8String({ value: reason })],
      failInfo: failureBits(bit),
    }),
  });
  return new Uint8Array(response.toSchema().toBER(false));
}

/**
 * A positive serial number of 126 random bits (RFC 3161 allows up to 160): unique per
 * token with overwhelming likelihood, on any number of instances, with nothing to keep.
 * The first byte is 0x40 to 0x7f, so the DER needs no padding byte and has no sign bit.
 */
function serialNumber(): asn1js.Integer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x3f) | 0x40;
  return new asn1js.Integer({ valueHex: buffer(bytes) });
}

/** The bytes of an object identifier's value, to compare two without reading their arcs. */
const oidBytes = (oid: asn1js.ObjectIdentifier): string =>
  Buffer.from(oid.valueBlock.toBER(false)).toString('hex');

function parseRequest(der: Uint8Array): {
  request: pkijs.TimeStampReq;
  policy: asn1js.ObjectIdentifier | undefined;
} {
  const parsed = asn1js.fromBER(buffer(der));
  if (parsed.offset === -1 || parsed.offset !== der.byteLength) {
    throw new MalformedRequestError('The body is not one DER TimeStampReq (RFC 3161).');
  }
  try {
    const request = new pkijs.TimeStampReq({ schema: parsed.result });
    // reqPolicy is the request's one top-level OID. Read from the structure, not from
    // pkijs's string: asn1js writes an arc past 2^56 (as under 2.25) in hex, not decimal.
    const top = (parsed.result as asn1js.Sequence).valueBlock.value;
    const policy = top.find((item) => item instanceof asn1js.ObjectIdentifier);
    return { request, policy };
  } catch {
    throw new MalformedRequestError('The body is not one DER TimeStampReq (RFC 3161).');
  }
}

/** The attribute that ties the signature to this certificate (ESSCertIDv2 with SHA-256). */
function signingCertificateAttribute(identity: SigningIdentity): pkijs.Attribute {
  const { certificate } = identity;
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({
      names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })],
    }),
    serialNumber: certificate.serialNumber,
  });
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2's
  // hashAlgorithm is left out, its DEFAULT being SHA-256 (RFC 5035 section 4).
  const essCertId = new asn1js.Sequence({
    value: [
      new asn1js.OctetString({ valueHex: buffer(sha256(identity.certificateDer)) }),
      issuerSerial.toSchema(),
    ],
  });
  return new pkijs.Attribute({
    type: SIGNING_CERTIFICATE_V2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })],
  });
}

/** Signed attributes in DER order: a SET OF sorts its elements' encodings (X.690 11.6). */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({
    attribute,
    der: new Uint8Array(attribute.toSchema().toBER(false)),
  }));
  encoded.sort((a, b) => {
    const length = Math.min(a.der.length, b.der.length);
    for (let i = 0; i < length; i++) if (a.der[i] !== b.der[i]) return a.der[i]! - b.der[i]!;
    return a.der.length - b.der.length;
  });
  return encoded.map((entry) => entry.attribute);
}

export function createTimestamper(options: TimestamperOptions): Timestamper {
  const { identity, policy } = options;
  const now = options.now ?? (() => new Date());
  const ownPolicy = oidBytes(new asn1js.ObjectIdentifier({ value: policy }));

  async function grant(request: pkijs.TimeStampReq, genTime: Date): Promise<Uint8Array> {
    const info = new pkijs.TSTInfo({
      version: 1,
      policy,
      messageImprint: request.messageImprint,
      serialNumber: serialNumber(),
      // Whole seconds: GeneralizedTime without a fraction (RFC 3161 section 2.4.2).
      genTime: new Date(Math.floor(genTime.getTime() / 1000) * 1000),
      ...(request.nonce ? { nonce: request.nonce } : {}),
    });
    const content = new Uint8Array(info.toSchema().toBER(false));
    const signed = new pkijs.SignedData({
      version: 3,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({
        eContentType: TST_INFO,
        eContent: new asn1js.OctetString({ valueHex: buffer(content) }),
      }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({
            issuer: identity.certificate.issuer,
            serialNumber: identity.certificate.serialNumber,
          }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: derSorted([
              new pkijs.Attribute({
                type: CONTENT_TYPE_ATTRIBUTE,
                values: [new asn1js.ObjectIdentifier({ value: TST_INFO })],
              }),
              new pkijs.Attribute({
                type: MESSAGE_DIGEST_ATTRIBUTE,
                values: [new asn1js.OctetString({ valueHex: buffer(sha256(content)) })],
              }),
              signingCertificateAttribute(identity),
            ]),
          }),
        }),
      ],
      // With certReq the certificate MUST be in the token, without it MUST NOT (2.4.1).
      ...(request.certReq ? { certificates: [identity.certificate] } : {}),
    });
    await signed.sign(identity.key, 0, 'SHA-256');
    const response = new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
      timeStampToken: new pkijs.ContentInfo({
        contentType: SIGNED_DATA,
        content: signed.toSchema(true),
      }),
    });
    return new Uint8Array(response.toSchema().toBER(false));
  }

  return {
    async respond(der) {
      const { request, policy: asked } = parseRequest(der);
      if (request.version !== 1) {
        return rejection(FailureInfo.badDataFormat, 'Only version 1 requests are understood.');
      }
      const { hashAlgorithm, hashedMessage } = request.messageImprint;
      const params = hashAlgorithm.algorithmParams as asn1js.AsnType | undefined;
      const noParams = params === undefined || params instanceof asn1js.Null;
      if (hashAlgorithm.algorithmId !== SHA256 || !noParams) {
        return rejection(
          FailureInfo.badAlg,
          'Only SHA-256 message imprints are time-stamped here.',
        );
      }
      if (hashedMessage.valueBlock.valueHexView.byteLength !== SHA256_LENGTH) {
        return rejection(FailureInfo.badDataFormat, 'A SHA-256 message imprint is 32 bytes.');
      }
      if (asked !== undefined && oidBytes(asked) !== ownPolicy) {
        return rejection(
          FailureInfo.unacceptedPolicy,
          `Tokens here are issued under policy ${policy} only.`,
        );
      }
      if (request.extensions !== undefined && request.extensions.length > 0) {
        return rejection(FailureInfo.unacceptedExtension, 'No request extension is supported.');
      }
      const time = now();
      const { notBefore, notAfter } = identity.certificate;
      if (time < notBefore.value || time > notAfter.value) {
        return rejection(
          FailureInfo.systemFailure,
          "The authority's certificate is not valid at this time.",
        );
      }
      return grant(request, time);
    },
  };
}
