export { SyncDevice, type DeviceOptions, type SyncProgress } from './device.ts';
export type { DeviceSave, DeviceSaved } from './persist.ts';
export { createSyncCodec, MAX_OBJECT_BYTES, type SyncCodec, type Sealed } from './codec.ts';
export { SyncError, isSyncError, type SyncErrorCode } from './errors.ts';
export {
  HybridClock,
  compareStamps,
  formatStamp,
  parseStamp,
  type Stamp,
  type StampParts,
} from './hlc.ts';
export { decodeFrames, encodeFrames, framedLength, FrameError, FRAME_OVERHEAD } from './frames.ts';
export { createHttpRelay, type HttpRelay, type HttpRelayOptions } from './httpRelay.ts';
export { MemoryRelay, type Fault, type RelayRequest, type Traffic } from './memoryRelay.ts';
export type { AppendResult, LogRecord, Relay, StoredObject } from './relay.ts';
export type { ConflictCopy, RecordView } from './state.ts';
export {
  moveOver,
  sealedId,
  sealedRecord,
  MAX_SEALED_BYTES,
  type MoveOverReport,
  type MovedUnreadable,
  type SealedRecord,
} from './moveOver.ts';
