// Share links v2: the sender's verdicts travel with the message; the opener compares its re-run
// with them. One table of link scenarios (masking, DNS changed, DNS unreachable), each checked
// for the status and reason of every check, the DMARC verdict shown and the fixes shown.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { CachingResolver } from '../../../src/lib/dns/cache.ts';
import type { Resolver } from '../../../src/lib/dns/types.ts';
import type { Report } from '../../../src/lib/report/types.ts';
import { previewRedaction, headersOnly, type RedactOptions } from '../../../src/lib/share/redact.ts';
import { senderView, validateSenderView, dnsFingerprint, type SenderView } from '../../../src/lib/share/verdicts.ts';
import { compareShared, sharedReport, type DiffReason, type ItemStatus } from '../../../src/lib/share/compare.ts';
import { decodeShare, encodeShare } from '../../../src/lib/share/codec.ts';
import { ja } from '../../../src/lib/findings/ja/index.ts';
import { readShared, repoRoot } from '../../support/shared.ts';
import { fragmentOf } from './helpers.ts';

const SES = readShared('samples/ses-before-custom-mail-from.eml');
const ZONE = JSON.parse(readShared('samples/ses-before-custom-mail-from.zone.json')) as Zone;

async function run(source: string, zone: Zone | 'down'): Promise<Report> {
  const inner: Resolver =
    zone === 'down'
      ? { query: async () => ({ status: 'SERVFAIL', answers: [], error: 'unreachable' }) as never }
      : new ZoneResolver(zone);
  const resolver = new CachingResolver(inner, { failureTtlSec: 60 });
  return analyzeMessage(source, resolver, { queryLog: () => resolver.log().map((e) => ({ name: e.name, type: e.type, status: e.status, answers: e.answers, ...(e.error ? { error: e.error } : {}) })) });
}

const NONE: RedactOptions = { localParts: false, ips: false, subject: false, messageId: false, recipients: false, body: true };
const ALL: RedactOptions = { localParts: true, ips: true, subject: true, messageId: true, recipients: true, body: true };

/** What the sender's page does: analyse, mask, put its verdicts in the link; then the opener re-runs. */
async function share(opts: RedactOptions, openerZone: Zone | 'down' = ZONE, source = SES, senderZone = ZONE) {
  const mine = await run(source, senderZone);
  const preview = previewRedaction(source, opts);
  const bodyOf = (t: string) => t.slice(t.search(/\r?\n\r?\n/) + 1);
  const body = !opts.body && bodyOf(preview.text) !== bodyOf(source);
  const sender = senderView(mine, { changes: preview.changes, ip: preview.replaced.some((r) => r.kind === 'ip'), local: preview.replaced.some((r) => r.kind === 'local-part'), body });
  // through the codec, as a link would carry it
  const decoded = await decodeShare(await encodeShare({ v: 2, source: preview.text, sender }));
  if (!decoded.ok || !decoded.payload.sender) throw new Error('link did not decode');
  const theirs = await run(decoded.payload.source, openerZone);
  const cmp = compareShared(decoded.payload.sender, theirs, decoded.payload.source);
  return { mine, theirs, cmp, view: sharedReport(theirs, cmp, decoded.payload.sender), sender: decoded.payload.sender };
}

const withDmarc = (p: string): Zone => ({ ...ZONE, '_dmarc.example.jp': { TXT: [[`v=DMARC1; p=${p}; rua=mailto:dmarc@example.jp`]] } });
const withoutKey = (): Zone => {
  const z = { ...ZONE };
  delete z['abcdefghijklmnopqrstuvwxyz234567.dkim.amazonses.com'];
  return z;
};

type Expect = {
  name: string;
  opts: RedactOptions;
  zone?: Zone | 'down';
  spf: [ItemStatus, DiffReason?];
  dkim: [ItemStatus, DiffReason?][];
  dmarc: [ItemStatus, DiffReason?];
  shown: 'local' | 'sender';
  verdict: string;
  hidden: string[];
  changed?: RegExp;
};

const CASES: Expect[] = [
  { name: 'nothing masked, same DNS', opts: NONE, spf: ['same'], dkim: [['same'], ['same']], dmarc: ['same'], shown: 'local', verdict: 'pass', hidden: [] },
  { name: 'nothing masked, body shared', opts: { ...NONE, body: false }, spf: ['same'], dkim: [['same'], ['same']], dmarc: ['same'], shown: 'local', verdict: 'pass', hidden: [] },
  {
    name: 'recipients masked, body shared',
    opts: { ...NONE, body: false, recipients: true },
    spf: ['same'],
    dkim: [['not-verifiable', 'masked-signature'], ['not-verifiable', 'masked-signature']],
    dmarc: ['not-verifiable', 'masked-signature'],
    shown: 'sender',
    verdict: 'pass',
    // the re-run's own fixes are already withheld: its DMARC fail contradicts the receiver's pass
    // (report.disagreement), so there is no key repair left to hide
    hidden: [],
  },
  {
    name: 'everything masked',
    opts: ALL,
    spf: ['not-verifiable', 'masked-ip'],
    dkim: [['not-verifiable', 'masked-signature'], ['not-verifiable', 'masked-signature']],
    dmarc: ['not-verifiable', 'masked-signature'],
    shown: 'sender',
    verdict: 'pass',
    // the re-run's own fixes are already withheld: its DMARC fail contradicts the receiver's pass
    // (report.disagreement), so there is no key repair left to hide
    hidden: [],
  },
  {
    name: 'Subject masked only (both signatures cover it; SPF unaffected)',
    opts: { ...NONE, subject: true },
    spf: ['same'],
    dkim: [['not-verifiable', 'masked-signature'], ['not-verifiable', 'masked-signature']],
    dmarc: ['not-verifiable', 'masked-signature'],
    shown: 'sender',
    verdict: 'pass',
    // the re-run's own fixes are already withheld: its DMARC fail contradicts the receiver's pass
    // (report.disagreement), so there is no key repair left to hide
    hidden: [],
  },
  {
    name: 'IP masked only (signatures intact)',
    opts: { ...NONE, ips: true },
    spf: ['not-verifiable', 'masked-ip'],
    dkim: [['same'], ['same']],
    dmarc: ['same'],
    shown: 'local',
    verdict: 'pass',
    hidden: [],
  },
  { name: 'DMARC record changed since (p=reject now)', opts: NONE, zone: withDmarc('reject'), spf: ['same'], dkim: [['same'], ['same']], dmarc: ['differs', 'dns-changed'], shown: 'local', verdict: 'pass', hidden: [], changed: /TXT _dmarc\.example\.jp/ },
  { name: 'DKIM key removed since', opts: NONE, zone: withoutKey(), spf: ['same'], dkim: [['differs', 'dns-changed'], ['same']], dmarc: ['differs', 'follows'], shown: 'local', verdict: 'fail', hidden: [], changed: /_domainkey\.example\.jp/ },
  { name: 'DNS unreachable here', opts: NONE, zone: 'down', spf: ['differs', 'dns-unreachable'], dkim: [['differs', 'dns-unreachable'], ['differs', 'dns-unreachable']], dmarc: ['differs', 'dns-unreachable'], shown: 'local', verdict: 'temperror', hidden: [] },
];

describe('opening a v2 link: the re-run compared with the sender', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { cmp, view, theirs } = await share(c.opts, c.zone);
      const spf = cmp.items.find((x) => x.check === 'spf')!;
      const dkim = cmp.items.filter((x) => x.check === 'dkim');
      const dmarc = cmp.items.find((x) => x.check === 'dmarc')!;
      expect([spf.status, spf.reason].filter(Boolean), 'spf').toEqual(c.spf);
      expect(dkim.map((x) => [x.status, x.reason].filter(Boolean)), 'dkim').toEqual(c.dkim);
      expect([dmarc.status, dmarc.reason].filter(Boolean), 'dmarc').toEqual(c.dmarc);
      expect(cmp.dmarcShown).toBe(c.shown);
      expect(view.dmarc.result).toBe(c.verdict);
      expect(cmp.hiddenFixes).toEqual(c.hidden);
      if (c.changed) expect(cmp.changedDns.join(' | ')).toMatch(c.changed);
      else if (c.zone !== 'down') expect(cmp.changedDns).toEqual([]);
      // never a key repair or a failure for a signature over a masked value
      for (const i of cmp.notVerifiableDkim) {
        expect(view.dkim[i]!.notVerifiable).toMatchObject({ sender: 'pass', receiver: 'pass', text: expect.stringMatching(/Not verifiable in this view.*sender: pass, receiver: pass/) });
        expect(JSON.stringify(view.steps.find((s) => s.id === 'dkim')?.children?.[i])).not.toMatch(/"status":"fail"/);
      }
      if (cmp.notVerifiableDkim.length) {
        if (theirs.fixes.some((f) => f.problem === 'dkim-failure')) expect(cmp.hiddenFixes, 'a key repair of the raw re-run is hidden').toContain('dkim-failure');
        expect(view.fixes.map((f) => f.problem)).not.toContain('dkim-failure');
        expect(JSON.stringify(view.steps)).not.toMatch(/Repair the DKIM key/);
        expect(view.fixExports?.bind ?? '').not.toMatch(/_domainkey/);
      }
      // the sender's own fix (the SES custom MAIL FROM) is kept; without DNS it is listed as the sender's
      // (where the re-run's fixes are withheld because they contradict the receiver, it is listed as the sender's)
      // when the sender's verdict is shown (masking), the sender's fix is shown too, with its records
      if (c.shown === 'sender') expect(view.fixes.map((f) => f.problem)).toContain('spf-alignment');
      if (c.zone === 'down' || theirs.disagreement?.fixesSuppressed) expect(cmp.senderOnlyFixes.map((f) => f.problem)).toContain('spf-alignment');
      else expect(view.fixes.map((f) => f.problem)).toContain('spf-alignment');
    });
  }

  it('the masked view is rendered in Japanese too', async () => {
    const { cmp, sender, theirs } = await share(ALL);
    const view = sharedReport(theirs, cmp, sender, ja, 'ja');
    const dkim0 = view.steps.find((s) => s.id === 'dkim')!.children![0]!;
    expect(dkim0.summary).toMatch(/この画面では検証できません/);
    expect(view.steps.find((s) => s.id === 'dmarc-result')!.summary).toMatch(/送信者の判定: DMARC pass/);
  });

  it('a link whose sender part differs from the re-run without masking gets no sender verdict', async () => {
    // a forged claim: the link says pass, the re-run (nothing masked) says fail: ours is shown
    const theirs = await run(SES, withoutKey());
    const forged: SenderView = { ...senderView(await run(SES, ZONE)), dns: undefined };
    const withFail = await run(SES.replace(/^Subject:/m, 'Subject: x'), ZONE);
    const cmp = compareShared(forged, withFail, SES);
    expect(cmp.dmarcShown).toBe('local');
    expect(cmp.notVerifiableDkim).toEqual([]);
    expect(sharedReport(withFail, cmp, forged).dmarc.result).toBe(withFail.dmarc.result);
    expect(theirs.dmarc.result).toBe('fail');
  });
});

describe('sender view in the link', () => {
  it('is small: the SES link with verdicts stays under 8 KB', async () => {
    const mine = await run(SES, ZONE);
    const fragment = await encodeShare({ v: 2, source: headersOnly(SES), sender: senderView(mine) });
    expect(fragment).toMatch(/^#v2\./);
    expect(fragment.length).toBeLessThan(8 * 1024);
  });

  it('a body changed by masking marks every signature (its body hash breaks), a header-only change only those that cover it', async () => {
    const mine = await run(SES, ZONE);
    expect(senderView(mine, { changes: [], ip: false, local: false, body: true }).dkim.map((k) => !!k.masked)).toEqual([true, true]);
    expect(senderView(mine, { changes: [{ field: 'X-SES-Outgoing', line: 45 }], ip: false, local: false }).dkim.map((k) => !!k.masked)).toEqual([false, false]);
    expect(senderView(mine, { changes: [{ field: 'Subject', line: 38 }], ip: false, local: false }).dkim.map((k) => !!k.masked)).toEqual([true, true]);
  });

  it('a v1 link (no verdicts) still opens', async () => {
    const r = await decodeShare(fragmentOf(JSON.stringify({ v: 1, source: 'Subject: x\r\n', options: { lang: 'ja' } })));
    expect(r).toEqual({ ok: true, payload: { v: 1, source: 'Subject: x\r\n', options: { lang: 'ja' } }, ignored: [] });
  });

  it('the version inside must match the prefix', async () => {
    const r = await decodeShare(fragmentOf(JSON.stringify({ v: 1, source: 's' }), 'v2.'));
    expect(r.ok).toBe(false);
  });

  it('DNS fingerprints ignore answer order and name case', () => {
    expect(dnsFingerprint({ name: 'A.Example.', type: 'TXT', status: 'NOERROR', answers: ['b', 'a'] })).toEqual(dnsFingerprint({ name: 'a.example', type: 'TXT', status: 'NOERROR', answers: ['a', 'b'] }));
    expect(dnsFingerprint({ name: 'a.example', type: 'TXT', status: 'NOERROR', answers: ['a'] })[1]).not.toBe(dnsFingerprint({ name: 'a.example', type: 'TXT', status: 'NOERROR', answers: ['b'] })[1]);
  });

  const good = { at: '2026-01-01T00:00:00Z', spf: { result: 'pass', domain: 'a.example', aligned: false }, dkim: [{ d: 'a.example', s: 's', result: 'pass', aligned: true }], dmarc: { result: 'pass', policy: 'none', spfAligned: false, dkimAligned: true }, fixes: [] };
  const bad: [string, unknown][] = [
    ['not an object', 'x'],
    ['an unknown result word', { ...good, spf: { ...good.spf, result: 'great' } }],
    ['a DMARC policy outside p=', { ...good, dmarc: { ...good.dmarc, policy: 'drop' } }],
    ['too many signatures', { ...good, dkim: Array(21).fill(good.dkim[0]) }],
    ['an overlong domain', { ...good, spf: { ...good.spf, domain: 'a'.repeat(300) } }],
    ['a record value that is not text', { ...good, fixes: [{ problem: 'x', records: [{ type: 'TXT', name: 'a', value: 1 }] }] }],
    ['a bad MX priority', { ...good, fixes: [{ problem: 'x', records: [{ type: 'MX', name: 'a', value: 'b', priority: -1 }] }] }],
    ['masked without its flags', { ...good, masked: { fields: ['subject'] } }],
    ['DNS fingerprints of the wrong shape', { ...good, dns: [['a']] }],
  ];
  it('accepts a well-formed sender part', () => {
    expect(validateSenderView(good)).toEqual(good);
  });
  for (const [what, value] of bad) {
    it(`drops a sender part with ${what}, and the link still opens`, async () => {
      expect(validateSenderView(value)).toBeNull();
      const r = await decodeShare(fragmentOf(JSON.stringify({ v: 2, source: 's', sender: value }), 'v2.'));
      expect(r).toEqual({ ok: true, payload: { v: 2, source: 's' }, ignored: ['sender'] });
    });
  }
});

// tests/fixtures/share: a SendGrid message with an aligned MAIL FROM (from the new-user trial). With the
// client address masked, the re-run checks SPF for the documentation address the mask put there.
describe('a masked client address is nobody’s', () => {
  it('no diagnosis names the mask’s address or says the sender is not authorised; the sender’s pass stands', async () => {
    const dir = resolve(repoRoot, 'tests/fixtures/share');
    const src = readFileSync(resolve(dir, 'sendgrid-authenticated.eml'), 'utf8');
    const zone = JSON.parse(readFileSync(resolve(dir, 'sendgrid-authenticated.zone.json'), 'utf8')) as Zone;
    const { theirs, view } = await share(ALL, zone, src, zone);
    // the re-run alone blames the masked address: the shared view must not
    expect(theirs.diagnoses?.map((d) => d.summary).join(' ')).toMatch(/192\.0\.2\.1/);
    expect(view.diagnoses?.map((d) => d.summary).join(' ')).not.toMatch(/192\.0\.2\.1/);
    expect(view.diagnoses?.map((d) => d.code)).not.toContain('spf-not-authorised');
    expect(view.diagnoses?.[0]?.code).toBe('nothing-to-fix');
  });
});
