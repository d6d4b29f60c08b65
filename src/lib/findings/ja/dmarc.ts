// DMARC (src/lib/dmarc): record tags, policy discovery (RFC 9989 tree walk), evaluation steps.
import type { dmarc as en } from '../en/dmarc.ts';

export const dmarc: Readonly<Record<keyof typeof en, string>> = {
  'dmarc.query.nodata': '{name} TXT → TXT レコードなし (NODATA)',
};
