// DMARC (src/lib/dmarc): record tags, policy discovery (RFC 9989 tree walk), evaluation steps.
export const dmarc = {
  'dmarc.query.nodata': '{name} TXT → no TXT records (NODATA)',
} as const;
