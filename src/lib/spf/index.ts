// SPF (RFC 7208): check_host() with an explainable trace, record parsing, macros and lint.
export { checkSpf, MAX_DNS_TERMS, MAX_VOID_LOOKUPS, MAX_MX_HOSTS, MAX_PTR_NAMES } from './check.ts';
export { parseSpfRecord, parseTerm, parseDomainSpec, isSpfRecordText } from './parse.ts';
export { parseMacroString, expandMacroString, truncateDomain, urlEscape, type MacroContext } from './macro.ts';
export { parseClientIp, type ClientIp } from './ip.ts';
export { lintSpf } from './lint.ts';
export type * from './types.ts';
