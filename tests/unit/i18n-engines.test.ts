// The protocol engines' explanations in Japanese: DMARC steps, DKIM reasons and body-hash notes,
// SPF trace notes, ARC reasons. English (the default) must equal no lang at all.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/lib/report/analyze.ts';
import { ZoneResolver, type Zone } from '../../src/lib/dns/zone.ts';
import type { Report } from '../../src/lib/report/types.ts';
import type { SpfLint, SpfTraceNode } from '../../src/lib/spf/types.ts';
import type { DmarcEvaluation } from '../../src/lib/dmarc/index.ts';
import type { DkimSignatureResult } from '../../src/lib/dkim/types.ts';
import type { ArcResult } from '../../src/lib/arc/types.ts';
import { haveShared, readShared } from '../support/shared.ts';
import { expectTranslated, pairStrings } from '../support/i18n-pairs.ts';

const NOW = 1764000000; // fixed, so DKIM x= expiry never depends on the day the suite runs

/** ja text → the English text at the same place in the last pair of reports both() made. */
let counterpart = new Map<string, string>();

/** Each text is a translation of the English at the same place in the report, with the same data. */
function expectJa(texts: string[], what: string): void {
  expect(texts.length, `${what}: no texts`).toBeGreaterThan(0);
  for (const t of texts) {
    const en = counterpart.get(t);
    expect(en, `${what}: no English counterpart for ${t}`).toBeDefined();
    expectTranslated(t, en!, what);
    expect(t, what).not.toMatch(/undefined|\[object/);
  }
}

const dkimOf = (k: Report['dkim'][number]) => (k.source === 'ours' ? (k.detail as DkimSignatureResult) : undefined);
const dmarcOf = (r: Report) => r.dmarc.detail as DmarcEvaluation | undefined;
function dmarcTexts(r: Report): string[] {
  const steps = dmarcOf(r)?.steps ?? [];
  return steps.flatMap((s) => [s.title!, s.text]);
}

function traceNotes(t: unknown): string[] {
  const n = t as SpfTraceNode | undefined;
  if (!n) return [];
  return [n.stoppedBecause, ...n.terms.flatMap((x) => [x.note, ...traceNotes(x.child)])];
}

const lintProblems = (r: Report) => ((r.spfLints ?? []) as (SpfLint | null)[]).flatMap((l) => l?.problems ?? []);

function strip(r: Report): unknown {
  return { ...r, generatedAt: '' };
}

async function both(msg: string, zone: Zone): Promise<{ ja: Report; en: Report; none: Report }> {
  const ja = await analyzeMessage(msg, new ZoneResolver(zone), { lang: 'ja', now: NOW });
  const en = await analyzeMessage(msg, new ZoneResolver(zone), { lang: 'en', now: NOW });
  const none = await analyzeMessage(msg, new ZoneResolver(zone), { now: NOW });
  counterpart = pairStrings(ja, en);
  return { ja, en, none };
}

const received = 'Received: from mail.sender.example (mail.sender.example [192.0.2.10])\r\n by mx.receiver.example with ESMTPS id abc; Tue, 1 Dec 2026 07:00:00 +0000\r\n';
function handMade(from: string, mailFrom: string, extra = ''): string {
  return (
    `Return-Path: <${mailFrom}>\r\n${received}Received-SPF: none (mx.receiver.example) client-ip=192.0.2.10; envelope-from=${mailFrom}; helo=mail.sender.example;\r\n${extra}From: Sender <${from}>\r\nTo: rcpt@receiver.example\r\nSubject: test\r\n` +
    `Date: Tue, 1 Dec 2026 07:00:00 +0000\r\nMessage-ID: <1@sender.example>\r\n\r\nHello.\r\n`
  );
}
const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });

const SAMPLES = ['ses-before-custom-mail-from', 'ses-after-custom-mail-from'];
const have = haveShared('samples');

describe.skipIf(!have)('engines in Japanese over the SES samples', () => {
  for (const name of SAMPLES) {
    it(name, async () => {
      const eml = readShared(`samples/${name}.eml`);
      const zone = JSON.parse(readShared(`samples/${name}.zone.json`)) as Zone;
      const { ja, en, none } = await both(eml, zone);
      expect(strip(en)).toEqual(strip(none));
      expectJa(dmarcTexts(ja), 'DMARC steps');
      expect(ja.dmarc.result).toBe(en.dmarc.result);
      expectJa(ja.dkim.map((k) => k.reason ?? ''), 'DKIM reasons');
      expect(ja.dkim.map((k) => k.result)).toEqual(en.dkim.map((k) => k.result));
      expectJa(traceNotes(ja.spf?.trace).filter(Boolean), 'SPF trace notes');
      expectJa([ja.spf?.reason ?? ''], 'SPF summary');
      expect(ja.spf?.explanation).toBe(en.spf?.explanation);
      expect(ja.spf?.result).toBe(en.spf?.result);
      expectJa([(ja.arc.detail as ArcResult | undefined)?.reason ?? ''], 'ARC reason');
    });
  }

  it('a sample with its body changed: body-hash diagnosis in Japanese', async () => {
    const name = SAMPLES[0]!;
    const eml = readShared(`samples/${name}.eml`).replace(/\r?\n$/, '') + '\r\n-- \r\nAdded by a list.\r\n';
    const zone = JSON.parse(readShared(`samples/${name}.zone.json`)) as Zone;
    const { ja, en, none } = await both(eml, zone);
    expect(strip(en)).toEqual(strip(none));
    const failed = ja.dkim.filter((k) => k.bodyHash === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expectJa(failed.map((k) => k.reason ?? ''), 'DKIM reasons');
    const notes = failed.flatMap((k) => dkimOf(k)?.body?.notes ?? []);
    expectJa(notes.map((n) => n.message), 'body-hash notes');
    expect(notes.map((n) => n.code)).toEqual(en.dkim.filter((k) => k.bodyHash === 'fail').flatMap((k) => dkimOf(k)?.body?.notes ?? []).map((n) => n.code));
    expectJa(failed.flatMap((k) => dkimOf(k)?.steps ?? []).map((st) => st.text), 'DKIM steps');
    expectJa(dmarcTexts(ja), 'DMARC steps');
  });
});

describe('engines in Japanese over hand-made failing messages', () => {
  it('DMARC with several records at the From domain', async () => {
    const zone: Zone = {
      'sender.example': { ...txt('v=spf1 ip4:192.0.2.0/24 -all'), A: ['192.0.2.1'] },
      '_dmarc.sender.example': txt('v=DMARC1; p=reject', 'v=DMARC1; p=none'),
    };
    const { ja, en, none } = await both(handMade('a@sender.example', 'bounce@sender.example'), zone);
    expect(strip(en)).toEqual(strip(none));
    expectJa(dmarcTexts(ja), 'DMARC steps');
    expect(ja.problems.concat(dmarcOf(ja)?.problems ?? []).some((p) => p.code === 'dmarc-multiple-records')).toBe(true);
  });

  it('DKIM: a key that is not in DNS, a malformed signature and a weak key', async () => {
    const zone: Zone = {
      'sender.example': { ...txt('v=spf1 ip4:192.0.2.10 -all'), A: ['192.0.2.1'] },
      '_dmarc.sender.example': txt('v=DMARC1; p=quarantine'),
      'weak._domainkey.sender.example': txt('v=DKIM1; k=rsa; t=y; p='),
    };
    const sig = (sel: string, extra = '') => `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.example; s=${sel}; h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA${extra}\r\n`;
    const msg = handMade('a@sender.example', 'bounce@sender.example', sig('missing') + sig('weak') + 'DKIM-Signature: v=2; a=md5; d=-bad-; h=to\r\n');
    const { ja, en, none } = await both(msg, zone);
    expect(strip(en)).toEqual(strip(none));
    expect(ja.dkim.length).toBe(3);
    expectJa(ja.dkim.map((k) => k.reason ?? ''), 'DKIM reasons');
    const problems = ja.dkim.flatMap((k) => dkimOf(k)?.problems ?? []);
    expectJa(problems.map((p) => p.message), 'DKIM problems');
    expect(problems.map((p) => p.code)).toEqual(en.dkim.flatMap((k) => dkimOf(k)?.problems ?? []).map((p) => p.code));
    expectJa(dmarcTexts(ja), 'DMARC steps');
  });

  it('SPF permerror with a broken record, and lint problems', async () => {
    const zone: Zone = {
      'sender.example': { ...txt('v=spf1 ip4:192.0.2.300 include:missing.example ptr ?all'), A: ['192.0.2.1'] },
      '_dmarc.sender.example': txt('v=DMARC1; p=none'),
    };
    const { ja, en, none } = await both(handMade('a@sender.example', 'bounce@sender.example'), zone);
    expect(strip(en)).toEqual(strip(none));
    expect(ja.spf?.result).toBe('permerror');
    expectJa(traceNotes(ja.spf?.trace).filter(Boolean), 'SPF trace notes');
    expectJa([ja.spf?.reason ?? ''], 'SPF summary');
    const lint = lintProblems(ja);
    expect(lint.length).toBeGreaterThan(0);
    expectJa(lint.map((p) => p.message), 'SPF lint problems');
    expect(lint.map((p) => p.code)).toEqual(lintProblems(en).map((p) => p.code));
  });

  it('SPF: multiple records, include of a name without SPF, fail with the default explanation', async () => {
    const zone: Zone = {
      'sender.example': { ...txt('v=spf1 -all', 'v=spf1 ~all'), A: ['192.0.2.1'] },
      'other.example': { ...txt('v=spf1 a mx:nomx.other.example ip4:198.51.100.0/24 include:nospf.example -all'), A: ['198.51.100.1'] },
      'nospf.example': { A: ['192.0.2.9'] },
      'third.example': txt('v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 exists:%{i}.x.third.example -all'),
      'macro.example': txt('v=spf1 include:%{z}.example a:nodot -all'),
    };
    const cases = [['b@sender.example', 'permerror'], ['b@other.example', 'permerror'], ['b@third.example', 'fail'], ['b@macro.example', 'permerror']] as const;
    for (const [mailFrom, result] of cases) {
      const { ja, en, none } = await both(handMade(`a@${mailFrom.split('@')[1]}`, mailFrom), zone);
      expect(strip(en)).toEqual(strip(none));
      expect(ja.spf?.result).toBe(result);
      expectJa(traceNotes(ja.spf?.trace).filter(Boolean), `SPF trace notes (${mailFrom})`);
      expect(ja.spf?.explanation).toBe(en.spf?.explanation);
    }
  });

  it('ARC: a broken chain and a set whose seal key is missing', async () => {
    const zone: Zone = { 'sender.example': { ...txt('v=spf1 ip4:192.0.2.10 -all'), A: ['192.0.2.1'] }, '_dmarc.sender.example': txt('v=DMARC1; p=none') };
    const ams = 'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=list.example; s=arc; h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA\r\n';
    const seal = 'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=list.example; s=arc; b=AAAA\r\n';
    const aar = 'ARC-Authentication-Results: i=1; list.example; spf=pass smtp.mailfrom=sender.example\r\n';
    for (const extra of [seal, seal + ams + aar, seal.replace('i=1', 'i=x') + ams + aar]) {
      const { ja, en, none } = await both(handMade('a@sender.example', 'bounce@sender.example', extra), zone);
      expect(strip(en)).toEqual(strip(none));
      const arc = ja.arc.detail as ArcResult;
      expect(arc.result).toBe('fail');
      expectJa([arc.reason, ...arc.steps.map((st) => st.text)], 'ARC reason and steps');
      expect(arc.problems.map((p) => p.code)).toEqual((en.arc.detail as ArcResult).problems.map((p) => p.code));
      expectJa(arc.problems.map((p) => p.message), 'ARC problems');
    }
  });

  it('DMARC with no record, and a record with bad tags', async () => {
    const zone: Zone = { 'sender.example': { ...txt('v=spf1 -all'), A: ['192.0.2.1'] }, 'other.example': { A: ['192.0.2.2'] } };
    const a = await both(handMade('a@other.example', 'bounce@sender.example'), zone);
    expect(strip(a.en)).toEqual(strip(a.none));
    expect(a.ja.dmarc.result).toBe('none');
    expectJa(dmarcTexts(a.ja), 'DMARC steps');

    zone['_dmarc.other.example'] = txt('v=DMARC1; p=bogus; aspf=x; pct=50; rua=ftp://x; foo=bar; t=y');
    const b = await both(handMade('a@other.example', 'bounce@sender.example'), zone);
    expect(strip(b.en)).toEqual(strip(b.none));
    const probs = dmarcOf(b.ja)?.problems ?? [];
    expect(probs.length).toBeGreaterThan(3);
    expectJa(probs.map((p) => p.message), 'DMARC record problems');
    expect(probs.map((p) => p.code)).toEqual((dmarcOf(b.en)?.problems ?? []).map((p) => p.code));
  });

  it('DMARC with several From domains and subdomain policy', async () => {
    const zone: Zone = {
      'sender.example': { ...txt('v=spf1 ip4:192.0.2.10 -all'), A: ['192.0.2.1'] },
      'sub.sender.example': { A: ['192.0.2.1'] },
      '_dmarc.sender.example': txt('v=DMARC1; p=reject; sp=quarantine; np=reject; t=y'),
    };
    const msg = handMade('a@sub.sender.example', 'bounce@sender.example').replace('From: Sender <a@sub.sender.example>', 'From: a@sub.sender.example, b@other.example');
    const { ja, en, none } = await both(msg, zone);
    expect(strip(en)).toEqual(strip(none));
    expectJa(dmarcTexts(ja), 'DMARC steps');
  });
});
