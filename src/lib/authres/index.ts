// Authentication-Results (RFC 8601), ARC-Authentication-Results (RFC 8617) and Received-SPF
// (RFC 7208 section 9.1) parsing.
export { parseAuthResults, MAX_AUTHRES_LENGTH, MAX_AUTHRES_RESULTS } from './parse.ts';
export { receiverClaims } from './claims.ts';
export type { ReceiverClaim, SpfClaim, DkimClaim, DmarcClaim } from './claims.ts';
export { parseReceivedSpf } from './received-spf.ts';
export type { ReceivedSpf } from './received-spf.ts';
export type { AuthResEntry, ParsedAuthResults, ParseAuthResOptions } from './types.ts';
