// The evidence package's own entry (@steady/core/evidence): loaded when a person makes
// or checks one, so none of it is in the first download.
export { chainOrder, hexSha256, linkDigest, versionDigest, versionDigests } from './digest.ts';
export {
  buildPackage,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  verifyPackage,
  type EvidencePhoto,
  type EvidenceReceipt,
  type ManifestAuthority,
  type ManifestReceipt,
  type Manifest,
  type ManifestEntry,
  type ManifestPhoto,
  type PackageInput,
  type Problem,
  type ProblemCode,
  type Verdict,
} from './package.ts';
export { crc32, readZip, writeZip, ZipError, type ZipFile } from './zip.ts';
