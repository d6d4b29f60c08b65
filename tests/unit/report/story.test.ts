// The step-by-step story for hand-made messages: one table per concern, DNS from a zone.
import { describe, it, expect } from 'vitest';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import type { Report } from '../../../src/lib/report/types.ts';

const ZONE: Zone = {
  'example.com': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] },
  'news.example.com': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] },
  'bounce.example.com': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] },
  '_dmarc.example.com': { TXT: [['v=DMARC1; p=reject; aspf=r']] },
  'strict.example': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] },
  'mail.strict.example': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] },
  '_dmarc.strict.example': { TXT: [['v=DMARC1; p=quarantine; aspf=s; adkim=s']] },
  'other.example': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] },
};

function message(from: string, mailFrom: string, ip = '192.0.2.1'): string {
  return [
    `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=${mailFrom}`,
    `Received: from out.sender.example (out.sender.example [${ip}]) by mx.example.net with ESMTPS id abc; Sat, 18 May 2024 05:22:57 +0000`,
    `Return-Path: <bounce@${mailFrom}>`,
    `From: <news@${from}>`,
    'Subject: test',
    'Date: Sat, 18 May 2024 05:22:50 +0000',
    '',
    'body',
    '',
  ].join('\r\n');
}

const step = (r: Report, id: string) => r.steps.find((s) => s.id === id)!;
const run = (from: string, mailFrom: string, ip?: string) => analyzeMessage(message(from, mailFrom, ip), new ZoneResolver(ZONE));

describe('SPF alignment story', () => {
  const rows: { what: string; from: string; mailFrom: string; ip?: string; aligned: boolean; dmarc: string; note?: RegExp }[] = [
    { what: 'From a subdomain, MAIL FROM at the parent (the direction people doubt)', from: 'news.example.com', mailFrom: 'example.com', aligned: true, dmarc: 'pass', note: /holds in this direction too/ },
    { what: 'MAIL FROM a subdomain of the From domain', from: 'example.com', mailFrom: 'bounce.example.com', aligned: true, dmarc: 'pass', note: /subdomain of the From domain/ },
    { what: 'sibling subdomains', from: 'news.example.com', mailFrom: 'bounce.example.com', aligned: true, dmarc: 'pass', note: /different subdomains of the same organizational domain/ },
    { what: 'identical domains', from: 'example.com', mailFrom: 'example.com', aligned: true, dmarc: 'pass' },
    { what: 'another organization', from: 'example.com', mailFrom: 'other.example', aligned: false, dmarc: 'fail' },
    { what: 'strict mode refuses a subdomain', from: 'strict.example', mailFrom: 'mail.strict.example', aligned: false, dmarc: 'fail', note: /strict alignment/i },
    { what: 'aligned but SPF fails (an IP outside the record)', from: 'example.com', mailFrom: 'bounce.example.com', ip: '198.51.100.7', aligned: true, dmarc: 'fail' },
  ];
  it.each(rows)('$what', async (row) => {
    const r = await run(row.from, row.mailFrom, row.ip);
    expect(r.spf?.source).toBe('ours');
    expect(r.spf?.aligned).toBe(row.aligned);
    expect(r.dmarc.result).toBe(row.dmarc);
    const s = step(r, 'spf-alignment');
    expect(s.status).toBe(row.aligned ? (r.spf?.result === 'pass' ? 'pass' : 'warn') : 'fail');
    if (row.note) expect([s.summary, s.rule ?? '', ...(s.details ?? [])].join('\n')).toMatch(row.note);
    // every step of the story is there, in order
    expect(r.steps.map((x) => x.id)).toEqual(['author', 'envelope', 'spf', 'spf-alignment', 'dkim', 'dkim-alignment', 'dmarc-record', 'dmarc-result', 'fix']);
  });
});

describe('receiver comparison', () => {
  it('says where our SPF differs from the receiver and why', async () => {
    // the receiver said pass; our check of 198.51.100.7 against the record fails
    const r = await run('example.com', 'example.com', '198.51.100.7');
    const c = r.comparisons.find((x) => x.check === 'spf')!;
    expect(c.ours).toBe('fail');
    expect(c.receiver).toBe('pass');
    expect(c.agree).toBe(false);
    expect(c.reason).toMatch(/changed since delivery|client IP/);
  });
});

describe('hostile values stay text', () => {
  it('a From display name with markup is carried as data, not interpreted', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const r = await analyzeMessage(message('example.com', 'example.com').replace('From: <news@example.com>', `From: "${evil}" <news@example.com>`), new ZoneResolver(ZONE));
    expect(r.from.mailboxes[0]!.name).toBe(evil);
    expect(r.dmarc.result).toBe('pass');
  });
});

describe('client IP cross-check', () => {
  const withRsf = (ip: string) =>
    message('example.com', 'example.com').replace(
      'Return-Path:',
      `Received-SPF: pass (mx.example.net: domain of bounce@example.com designates ${ip} as permitted sender) client-ip=${ip};\r\nReturn-Path:`,
    );
  it.each([
    ['agrees', '192.0.2.1', true],
    ['differs', '192.0.2.99', false],
  ])('Received-SPF %s with the boundary hop', async (_what, ip, agrees) => {
    // the receiver's Received-SPF is the first evidence (issue 12); the boundary Received is cross-checked
    const r = await analyzeMessage(withRsf(ip), new ZoneResolver(ZONE));
    expect(r.spf?.clientIp).toBe(ip);
    expect(r.spf?.clientIpSource).toBe('received-spf');
    expect(r.spf?.ipCrossCheck).toEqual([{ source: 'received', ip: '192.0.2.1', agrees }]);
    expect(r.problems.some((p) => p.code === 'client-ip-mismatch')).toBe(!agrees);
    expect(step(r, 'spf').details!.join('\n')).toMatch(agrees ? /same client IP/ : /another client IP/);
  });
  it('the mismatch is told in the report language', async () => {
    const [en, ja] = await Promise.all([analyzeMessage(withRsf('192.0.2.99'), new ZoneResolver(ZONE)), analyzeMessage(withRsf('192.0.2.99'), new ZoneResolver(ZONE), { lang: 'ja' })]);
    const text = (r: typeof en) => r.problems.find((p) => p.code === 'client-ip-mismatch')!.message;
    expect(text(en)).toBe(
      "The receiver's boundary Received field names client IP 192.0.2.1, but SPF here is evaluated for 192.0.2.99 (from the receiver's Received-SPF). Pick the hop with 192.0.2.1 in the delivery path if that is the one the receiver checked.",
    );
    expect(text(ja)).toBe('受信側の境界の Received フィールドはクライアント IP 192.0.2.1 を示していますが、ここでの SPF は 192.0.2.99（受信側の Received-SPF から）について評価しています。受信側が検査したのがその経路であれば、配送経路で 192.0.2.1 のホップを選んでください。');
  });
});

describe('problems in Japanese', () => {
  const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
  it.each([
    ['empty', ''],
    ['no From', 'Subject: hi\r\nTo: a@b.example\r\n\r\nbody\r\n'],
    ['two From', 'From: a@x.example\r\nFrom: b@y.example\r\n\r\nbody\r\n'],
    ['junk line and a long line', `From: a@b.example\r\nnot a header line\r\nX-Long: ${'a'.repeat(5000)}\r\n\r\nbody\r\n`],
    ['no client IP', 'From: a@example.com\r\nAuthentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com\r\n\r\nbody\r\n'],
  ])('%s', async (_what, text) => {
    const [en, ja] = await Promise.all([analyzeMessage(text, new ZoneResolver(ZONE)), analyzeMessage(text, new ZoneResolver(ZONE), { lang: 'ja' })]);
    expect(ja.problems.map((p) => p.code)).toEqual(en.problems.map((p) => p.code));
    expect(ja.problems.length).toBeGreaterThan(0);
    for (const p of ja.problems) expect(p.message, p.code).toMatch(JA);
  });
});
