export { decodeBytes, encodeText, TEXT_ENCODINGS, type LegacyEncoding, type TextEncoding } from './codec.js';
export { detectEncoding, DETECTION_SAMPLE_BYTES, type DetectedEncoding } from './detect.js';
export { repairMisdecoded, type Repair, type RepairSource } from './repair.js';
export { createTranscoder, transcodeFileToUtf8, type Transcoder, type TranscodeResult } from './transcode.js';
