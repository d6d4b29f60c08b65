import { describe, it } from 'vitest';
import fc from 'fast-check';
import { parseDmarcRecord } from '../../../src/lib/dmarc/index.ts';

/** The property: any input parses without throwing, into a well-formed result. */
export function parseNeverThrows(text: string): boolean {
  const r = parseDmarcRecord(text);
  if (!Array.isArray(r.problems) || !r.problems.every((p) => typeof p.code === 'string' && p.message.length > 0)) return false;
  if (r.policy && !['none', 'quarantine', 'reject'].includes(r.policy.p)) return false;
  return r.text === text;
}

const tagish = fc
  .tuple(
    fc.constantFrom('v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'psd', 't', 'rua', 'ruf', 'pct', 'rf', 'ri', 'V', 'P', '', 'x1'),
    fc.constantFrom('=', ' = ', '', '=='),
    fc.oneof(fc.constantFrom('DMARC1', 'reject', 'none', 'quarantine', 's', 'r', 'y', 'n', '0:1:d', 'mailto:a@b.c!1k', 'mailto:%zz', 'x'), fc.string()),
  )
  .map(([k, eq, v]) => `${k}${eq}${v}`);

describe('parseDmarcRecord fuzz', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parseNeverThrows), { numRuns: 3000 });
  });
  it('never throws on record-shaped strings', () => {
    fc.assert(
      fc.property(fc.array(tagish, { maxLength: 20 }), fc.constantFrom(';', '; ', ' ;', ',', ''), (tags, sep) => parseNeverThrows(['v=DMARC1', ...tags].join(sep))),
      { numRuns: 3000 },
    );
  });
});
