// DKIM (src/lib/dkim): signature tags, key records, body hash, verification steps.
import type { dkim as en } from '../en/dkim.ts';

export const dkim: Readonly<Record<keyof typeof en, string>> = {};
