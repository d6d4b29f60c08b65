// The page's date and duration texts (src/app/format.ts), written without Intl.
import { describe, expect, it } from 'vitest';
import { duration, localTime, utcOffset, groupDigits } from '../../../src/app/format.ts';
import { localLabel } from '../../../src/app/evidence.ts';

describe('localTime', () => {
  const cases: [string | number | null, 'en' | 'ja', string | null][] = [
    ['Sat, 18 May 2024 05:22:57 +0000', 'en', '18 May 2024, 5:22:57 UTC'],
    ['Sat, 18 May 2024 05:22:57 +0900', 'en', '17 May 2024, 20:22:57 UTC'],
    ['2026-12-07T00:00:09Z', 'ja', '2026年12月7日 0:00:09 UTC'],
    [Date.UTC(2026, 0, 31, 23, 59, 59), 'en', '31 Jan 2026, 23:59:59 UTC'],
    ['not a date', 'en', null],
    ['', 'en', null],
    [null, 'ja', null],
  ];
  it.each(cases)('%s (%s, in UTC) → %s', (v, lang, want) => {
    expect(localTime(v, lang, true)).toBe(want);
  });

  it('in local time, names the offset of the reader', () => {
    const d = new Date('2024-05-18T05:22:57Z');
    expect(localTime(d.getTime(), 'en')).toMatch(new RegExp(`${utcOffset(-d.getTimezoneOffset()).replace('+', '\\+')}$`));
  });
});

describe('utcOffset', () => {
  it.each([
    [0, 'UTC'],
    [540, 'UTC+9'],
    [330, 'UTC+5:30'],
    [-180, 'UTC−3'],
    [-570, 'UTC−9:30'],
    [345, 'UTC+5:45'],
  ])('%i minutes east → %s', (m, want) => expect(utcOffset(m)).toBe(want));
});

describe('duration', () => {
  it.each([
    [null, '—'],
    [5, '5 s'],
    [65, '1 min 5 s'],
    [3725, '1 h 2 min'],
    [-7, '−7 s'],
  ])('%s s → %s', (s, want) => expect(duration(s)).toBe(want));
});

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [2906123, '2,906,123'],
    [1234567890, '1,234,567,890'],
    [-1234, '-1,234'],
    [1234.9, '1,234'],
  ])('%d → %s (what en-US toLocaleString gives for whole numbers)', (n, out) => {
    expect(groupDigits(n)).toBe(out);
    if (Number.isInteger(n)) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
});

describe('evidence captions in the page language (src/app/evidence.ts)', () => {
  const ja = { line: (n: string) => `${n} 行目`, receiverAr: '受信側の Authentication-Results' };
  const en = { line: (n: string) => `line ${n}`, receiverAr: 'receiver’s Authentication-Results' };
  it.each([
    ['From (line 36)', 'From (36 行目)'],
    ['DKIM-Signature h= (d=shop.example, line 12)', 'DKIM-Signature h= (d=shop.example, 12 行目)'],
    ['DKIM-Signature (line 3) (receiver’s Authentication-Results)', 'DKIM-Signature (3 行目) (受信側の Authentication-Results)'],
    ['ARC-Seal i=1 (line 7)', 'ARC-Seal i=1 (7 行目)'],
    // not ours: a header named "line 5" or a DNS name stays as it is
    ['DNS TXT line5.example', 'DNS TXT line5.example'],
    ['X-Note: line 5 of the body', 'X-Note: line 5 of the body'],
  ])('%s', (label, want) => {
    expect(localLabel(label, ja)).toBe(want);
    expect(localLabel(label, en)).toBe(label);
  });
});
