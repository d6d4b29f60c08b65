// Offline (DNS unreachable): only the fixes the header fields alone justify; never a fix that
// needs DNS to be right (a DMARC record, an SPF record's terms, a DKIM key).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import type { Resolver } from '../../../src/lib/dns/types.ts';
import { sharedPath } from '../../support/shared.ts';

const unreachable: Resolver = {
  query: async () => {
    throw new Error('offline: no query may be made');
  },
};

function message(from: string, mailFrom: string, ar: string, extra: string[] = []): string {
  return [
    `Authentication-Results: mx.google.com; ${ar}`,
    'Received: from out.sender.example (out.sender.example [192.0.2.1]) by mx.google.com with ESMTPS id abc; Sat, 18 May 2024 05:22:57 +0000',
    `Return-Path: <bounce@${mailFrom}>`,
    ...extra,
    `From: <news@${from}>`,
    'Subject: test',
    'Date: Sat, 18 May 2024 05:22:50 +0000',
    '',
    'body',
    '',
  ].join('\r\n');
}

const cases: { name: string; text: () => string; problems: string[] }[] = [
  {
    name: 'the SES sample: the custom MAIL FROM fix stays (read from Return-Path and Feedback-ID)',
    text: () => readFileSync(sharedPath('samples/ses-before-custom-mail-from.eml'), 'utf8'),
    problems: ['spf-alignment'],
  },
  {
    name: 'SPF and DKIM pass aligned by the receiver: nothing from the headers, and no DMARC guess',
    text: () => message('shop.example', 'shop.example', 'spf=pass smtp.mailfrom=shop.example; dkim=pass header.d=shop.example header.s=s1; dmarc=pass header.from=shop.example'),
    problems: [],
  },
  {
    name: 'a DMARC fail with an unaligned MAIL FROM: no DMARC-record or SPF-record advice offline',
    text: () => message('shop.example', 'bounce.other.example', 'spf=pass smtp.mailfrom=bounce.other.example; dmarc=fail header.from=shop.example'),
    problems: [],
  },
];

describe('offline fixes', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const r = await analyzeMessage(c.text(), unreachable, { offline: true, lang: 'en' });
      expect(r.offline).toBe(true);
      const got = r.fixes.map((f) => f.problem);
      for (const p of got) expect(['spf-alignment', 'dkim-alignment']).toContain(p);
      if (c.problems.length) expect(got).toEqual(c.problems);
      expect(got).not.toContain('no-dmarc');
      expect(got).not.toContain('dmarc-policy');
    });
  }
  it('the SES fix offline proposes the same records as online', async () => {
    const r = await analyzeMessage(readFileSync(sharedPath('samples/ses-before-custom-mail-from.eml'), 'utf8'), unreachable, { offline: true, lang: 'en' });
    const recs = r.fixes[0]!.records.map((x) => `${x.type} ${x.name} ${x.value}`);
    expect(recs).toEqual(['MX mail.example.jp feedback-smtp.ap-northeast-1.amazonses.com', 'TXT mail.example.jp v=spf1 include:amazonses.com ~all']);
  });
});
