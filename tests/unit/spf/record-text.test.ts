// RFC 7208 4.5: a TXT string is an SPF record when it starts with "v=spf1" followed by a space or
// the end, case-insensitively. The checker and the fix advisor use this one rule.
import { describe, expect, it } from 'vitest';
import { isSpfRecordText } from '../../../src/lib/spf/parse.ts';
import { isSpfRecord } from '../../../src/lib/advice/spf-text.ts';

const CASES: [string, boolean][] = [
  ['v=spf1', true],
  ['v=spf1 -all', true],
  ['V=SPF1 include:amazonses.com ~all', true],
  ['v=spf1 ', true],
  ['v=spf1\t-all', false], // only a space separates the version (4.5: "v=spf1" SP)
  ['v=spf1\n-all', false],
  [' v=spf1 -all', false], // leading blanks: not an SPF record to a receiver
  ['v=spf10 -all', false],
  ['v=spf1-all', false],
  ['v=spf2.0/pra -all', false],
  ['spf1 -all', false],
  ['', false],
];

describe('one SPF-record rule', () => {
  it.each(CASES)('%j → %s', (text, want) => {
    expect(isSpfRecordText(text)).toBe(want);
    expect(isSpfRecord(text)).toBe(want);
  });
});
