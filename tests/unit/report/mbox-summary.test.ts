// The mbox summary table: grouping by sending source and sorting, one table of rows.
import { describe, expect, it } from 'vitest';
import { summariseSources, sortSources } from '../../../src/lib/report/mbox-summary.ts';
import type { MboxRow } from '../../../src/lib/report/mbox-row.ts';

const row = (i: number, o: Partial<MboxRow>): MboxRow => ({
  index: i, from: null, fromDomain: 'example.jp', subject: null, date: null, mailFrom: 'ap-northeast-1.amazonses.com', spf: 'pass', spfAligned: false,
  dkim: [], dkimAligned: true, dmarc: 'pass', aligned: true, provider: 'Amazon SES', fixes: 1, dmarcSpfAligned: false, dmarcDkimAligned: true, ...o,
});

const ROWS: (MboxRow | undefined)[] = [
  row(0, {}),
  row(1, {}),
  row(2, { dmarc: 'fail', dkimAligned: false, dmarcDkimAligned: false, aligned: false }),
  undefined, // still being analysed
  row(4, { fromDomain: 'other.example', provider: null, mailFrom: 'other.example', spfAligned: true, dmarcSpfAligned: true, dmarcDkimAligned: false }),
  row(5, { fromDomain: 'other.example', provider: null, mailFrom: null, dmarc: 'none', dmarcSpfAligned: false, dmarcDkimAligned: false }),
  row(6, { error: 'boom' }),
];

describe('mbox summary by sending source', () => {
  it('groups by From domain and source, counting DMARC results and alignment', () => {
    const lines = summariseSources(ROWS);
    expect(lines.map((l) => [l.fromDomain, l.source, l.count, l.pass, l.fail, l.other, l.spfAligned, l.dkimAligned, l.unaligned, l.errors])).toEqual([
      ['example.jp', 'Amazon SES', 4, 2, 1, 0, 0, 2, 1, 1],
      ['other.example', 'other.example', 1, 1, 0, 0, 1, 0, 0, 0],
      ['other.example', '—', 1, 0, 0, 1, 0, 0, 1, 0],
    ]);
  });
  const cases: [Parameters<typeof sortSources>[1], boolean | undefined, string[]][] = [
    ['count', undefined, ['Amazon SES', '—', 'other.example']],
    ['source', undefined, ['—', 'Amazon SES', 'other.example']],
    ['unaligned', undefined, ['Amazon SES', '—', 'other.example']],
    ['spfAligned', false, ['Amazon SES', '—', 'other.example']],
  ];
  for (const [key, desc, order] of cases) {
    it(`sorts by ${key}${desc === false ? ' ascending' : ''}`, () => {
      expect(sortSources(summariseSources(ROWS), key, desc).map((l) => l.source)).toEqual(order);
    });
  }
});

describe('name order', () => {
  it('is case-insensitive, puts a missing name ("—") first, and uses no locale collator', () => {
    const names = ['zeta.example', 'Amazon SES', '—', 'amazon ses', 'SendGrid', 'mailchimp'];
    const rows = names.map((n, i) => row(i, { provider: n === '—' ? null : n, fromDomain: n }));
    const sorted = sortSources(summariseSources(rows), 'fromDomain', false).map((l) => l.fromDomain);
    expect(sorted).toEqual(['—', 'Amazon SES', 'amazon ses', 'mailchimp', 'SendGrid', 'zeta.example']);
  });
});
