// When our DNS and the receiver disagree: both verdicts side by side, the likely reasons, whom to
// trust, and no fix prescribed from our view alone when it contradicts the receiver.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { CachingResolver } from '../../../src/lib/dns/cache.ts';
import type { DnsResult, Resolver, RRType } from '../../../src/lib/dns/types.ts';
import { repoRoot, sharedPath } from '../../support/shared.ts';

const fixture = (name: string) => readFileSync(resolve(repoRoot, 'tests/fixtures/recv', `${name}.eml`), 'utf8');

async function run(msg: string, inner: Resolver, now?: number) {
  const c = new CachingResolver(inner);
  return analyzeMessage(msg, c, {
    ...(now ? { now } : {}),
    queryLog: () => c.log().map((e) => ({ name: e.name, type: e.type, status: e.status, ...(e.error ? { error: e.error } : {}) })),
  });
}

const unreachable: Resolver = {
  async query(name: string, type: RRType): Promise<DnsResult> {
    return { name, type, status: 'TIMEOUT', answers: [], chain: [], ad: false, error: 'timed out' };
  },
};

describe('the receiver recorded dmarc=pass, our lookups say otherwise', () => {
  it.each([
    ['NXDOMAIN for a domain the receiver authenticated', new ZoneResolver({}), ['nxdomain', 'dns-changed']],
    ['DNS unreachable', unreachable, ['dns-unreachable', 'dns-changed']],
  ] as const)('%s', async (_what, resolver, reasons) => {
    const r = await run(fixture('gmail-direct'), resolver);
    const d = r.disagreement!;
    expect(d).toBeDefined();
    expect(d.receiver).toMatchObject({ authservId: 'mx.google.com', dmarc: 'pass', spf: 'pass', dkim: 'pass' });
    expect(d.receiver.date).toBe('2024-05-18T05:22:57.000Z');
    expect(d.ours.dmarc).not.toBe('pass');
    for (const code of reasons) expect(d.likelyReasons).toContain(code);
    expect(d.messageDate).toBe('2024-05-18T05:22:56.000Z');
    expect(d.trust).toBe('receiver');
    // no "Publish a DMARC record for shop.example" from our view alone
    expect(d.fixesSuppressed).toBe(true);
    expect(r.fixes).toEqual([]);
    expect(d.text.title).toMatch(/disagree/);
    expect(d.text.receiver).toMatch(/mx\.google\.com recorded DMARC pass/);
    expect(d.text.trust).toMatch(/Trust the receiver’s verdict/);
    if (reasons.includes('nxdomain' as never)) expect(d.nxdomain).toContain('shop.example');
  });

  it('in Japanese, from the catalogue', async () => {
    const c = new CachingResolver(new ZoneResolver({}));
    const r = await analyzeMessage(fixture('gmail-direct'), c, { lang: 'ja', queryLog: () => c.log().map((e) => ({ name: e.name, type: e.type, status: e.status })) });
    expect(r.disagreement!.text.title).toMatch(/食い違って/);
  });
});

describe('no disagreement, or one we cannot explain', () => {
  it('the SES sample with its zone: the receiver and we agree, nothing is headlined', async () => {
    const eml = readFileSync(sharedPath('samples/ses-before-custom-mail-from.eml'), 'utf8');
    const zone = JSON.parse(readFileSync(sharedPath('samples/ses-before-custom-mail-from.zone.json'), 'utf8')) as Zone;
    const r = await run(eml, new ZoneResolver(zone), 1716009800);
    expect(r.disagreement).toBeUndefined();
    expect(r.fixes.length).toBeGreaterThan(0);
  });

  it('a fresh message, DNS healthy, no reason found: our view is shown and fixes are kept', async () => {
    const msg = [
      'Authentication-Results: mx.example.net; dmarc=pass header.from=example.com',
      'Received: from out.sender.example (out.sender.example [198.51.100.7]) by mx.example.net with ESMTPS id abc; Sat, 18 May 2024 05:22:57 +0000',
      'Return-Path: <bounce@example.com>',
      'From: <news@example.com>',
      'Subject: test',
      'Date: Sat, 18 May 2024 05:22:50 +0000',
      '',
      'body',
      '',
    ].join('\r\n');
    const zone: Zone = { 'example.com': { TXT: [['v=spf1 ip4:192.0.2.0/24 -all']] }, '_dmarc.example.com': { TXT: [['v=DMARC1; p=reject']] } };
    const r = await run(msg, new ZoneResolver(zone), Date.parse('2024-05-18T06:00:00Z') / 1000);
    expect(r.dmarc.result).toBe('fail');
    expect(r.disagreement?.likelyReasons).toEqual(['unknown']);
    expect(r.disagreement?.trust).toBe('ours');
    expect(r.disagreement?.fixesSuppressed).toBe(false);
  });
});

// A rule one side applied, not DNS, explains these (tests/fixtures/disagreement): the reason names the
// rule, "DNS may have changed" is not offered, and no fix is withheld on the receiver's word.
describe('the receiver and the page differ by a rule', () => {
  const dir = resolve(repoRoot, 'tests/fixtures/disagreement');
  it.each([
    ['dkim-h-without-from', 'dkim-rule', /h= does not include From/, null],
    ['two-from-addresses', 'several-from', /shop-three\.example, bigbank\.example/, 'several-from-domains'],
    ['private-suffix-github-io', 'org-domain', /Public Suffix List \(RFC 7489: alice-blog\.github\.io\).*tree walk of RFC 9989 \(github\.io\)/, null],
  ] as const)('%s', async (name, reason, text, root) => {
    const zone = JSON.parse(readFileSync(resolve(dir, `${name}.zone.json`), 'utf8')) as Zone;
    const r = await run(readFileSync(resolve(dir, `${name}.eml`), 'utf8'), new ZoneResolver(zone), Date.parse('2026-12-01T00:00:00Z'));
    const d = r.disagreement!;
    expect(d.likelyReasons).toEqual([reason]);
    expect(d.trust).toBe('rule');
    expect(d.fixesSuppressed).toBe(false);
    expect(d.text.reasons.join(' ')).toMatch(text);
    expect(d.text.trust).not.toMatch(/Trust the receiver/);
    if (root) expect(r.diagnoses?.[0]?.code).toBe(root);
    // with two From domains, no note speaks of one of them as if it were the only one
    if (reason === 'several-from') expect(r.diagnoses?.map((x) => x.code)).not.toContain('spf-not-aligned');
  });
});
