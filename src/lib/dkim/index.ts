// DKIM verification (RFC 6376, RFC 8301, RFC 8463): public API.
export { verifyDkim, checkMessageSignature } from './verify.ts';
export type { MessageSignatureCheck, MessageSignatureInput } from './verify.ts';
export { parseCopiedHeaders, parseDkimTags, parseSignatureTags } from './signature.ts';
export type { Algorithm, Canon, CopiedHeader, DkimTagResult, ParsedSignature, SigKind } from './signature.ts';
export { parseKeyRecord, fetchKey } from './key.ts';
export type { DkimKeyInfo, KeyType, ParsedKeyRecord } from './key.ts';
export { parseTagList } from './tags.ts';
export type { BodyHashCheck, BodyHashStatus } from './body.ts';
export type { DkimSignatureResult, SignatureStatus, VerifyOptions } from './types.ts';
