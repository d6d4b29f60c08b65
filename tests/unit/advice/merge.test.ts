// Duplicate records merged into one: DMARC (never weaker than any published policy, rua/ruf
// union, alignment kept unless the records conflict) and SPF (union of mechanisms, the strictest
// all term once).
import { describe, expect, it } from 'vitest';
import { dmarcTags, mergeDmarcRecords } from '../../../src/lib/advice/dmarc-merge.ts';
import { mergeSpfRecords } from '../../../src/lib/advice/spf-merge.ts';
import { parseDmarcRecord } from '../../../src/lib/dmarc/record.ts';
import { parseSpfRecord } from '../../../src/lib/spf/parse.ts';

const RANK: Record<string, number> = { none: 1, quarantine: 2, reject: 3 };

/** [records, merged, keep index or null, conflict tags] */
const DMARC: [string[], string, number | null, string[]][] = [
  [['v=DMARC1; p=reject; rua=mailto:a@example.com', 'v=DMARC1; p=none; rua=mailto:b@example.com'], 'v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.com', null, []],
  [['v=DMARC1; p=reject; rua=mailto:a@example.com', 'v=DMARC1; p=none; rua=mailto:a@example.com'], 'v=DMARC1; p=reject; rua=mailto:a@example.com', 0, []],
  [['v=DMARC1; p=none', 'v=DMARC1; p=quarantine; rua=mailto:r@example.com'], 'v=DMARC1; p=quarantine; rua=mailto:r@example.com', 1, []],
  [['v=DMARC1; p=none; rua=mailto:x@example.com', 'v=DMARC1; p=none; rua=mailto:x@example.com'], 'v=DMARC1; p=none; rua=mailto:x@example.com', 0, []],
  // sp: an absent sp is p
  [['v=DMARC1; p=reject', 'v=DMARC1; p=quarantine; sp=none'], 'v=DMARC1; p=reject', 0, []],
  [['v=DMARC1; p=none; sp=reject', 'v=DMARC1; p=quarantine'], 'v=DMARC1; p=quarantine; sp=reject', null, []],
  [['v=DMARC1; p=quarantine; np=reject', 'v=DMARC1; p=reject; sp=none'], 'v=DMARC1; p=reject; sp=quarantine; np=reject', null, []],
  // ruf union, fo union
  [['v=DMARC1; p=reject; ruf=mailto:f@example.com; fo=1', 'v=DMARC1; p=reject; ruf=mailto:g@example.com; fo=d'], 'v=DMARC1; p=reject; fo=1:d; ruf=mailto:f@example.com,mailto:g@example.com', null, []],
  // alignment: the same kept; a conflict said, the stricter used
  [['v=DMARC1; p=reject; aspf=s', 'v=DMARC1; p=none; aspf=s'], 'v=DMARC1; p=reject; aspf=s', 0, []],
  [['v=DMARC1; p=reject; adkim=s', 'v=DMARC1; p=none; adkim=r'], 'v=DMARC1; p=reject; adkim=s', 0, ['adkim']],
  [['v=DMARC1; p=reject; aspf=s', 'v=DMARC1; p=none'], 'v=DMARC1; p=reject; aspf=s', 0, ['aspf']],
  [['v=DMARC1; p=reject; rua=mailto:a@example.com', 'v=DMARC1; p=none; adkim=s; rua=mailto:b@example.com'], 'v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.com', null, ['adkim']],
  [['v=DMARC1; p=reject; adkim=s', 'v=DMARC1; p=reject; adkim=r'], 'v=DMARC1; p=reject; adkim=s', 0, ['adkim']],
  [['v=DMARC1; p=none; adkim=r', 'v=DMARC1; p=none; adkim=r; aspf=r'], 'v=DMARC1; p=none; adkim=r', 0, []],
  // t=y only when every record with the strictest p is testing
  [['v=DMARC1; p=reject; t=y', 'v=DMARC1; p=reject'], 'v=DMARC1; p=reject', 1, []],
  [['v=DMARC1; p=reject; t=y', 'v=DMARC1; p=none'], 'v=DMARC1; p=reject; t=y', 0, []],
  // other tags
  [['v=DMARC1; p=none; psd=n', 'v=DMARC1; p=none; psd=y'], 'v=DMARC1; p=none; psd=n', 0, ['psd']],
  // an invalid p next to a valid one: the valid one
  [['v=DMARC1; p=rejct; rua=mailto:a@example.com', 'v=DMARC1; p=quarantine'], 'v=DMARC1; p=quarantine; rua=mailto:a@example.com', null, []],
  // three records
  [['v=DMARC1; p=none', 'v=DMARC1; p=quarantine', 'v=DMARC1; p=reject; rua=mailto:z@example.com'], 'v=DMARC1; p=reject; rua=mailto:z@example.com', 2, []],
];

describe('mergeDmarcRecords', () => {
  it.each(DMARC)('%j', (records, merged, keep, conflicts) => {
    const m = mergeDmarcRecords(records);
    expect(m.merged).toBe(merged);
    expect(m.keep).toBe(keep);
    expect(m.conflicts.map((c) => c.params.tag).sort()).toEqual([...conflicts].sort());
    // valid, and never weaker than any record for the domain, its subdomains or non-existent names
    const parsed = parseDmarcRecord(m.merged);
    expect(parsed.policy).not.toBeNull();
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const r of records) {
      const pr = parseDmarcRecord(r);
      if (!pr.policy || pr.policy.assumed) continue;
      const rp = pr.policy.p;
      const rsp = pr.policy.sp ?? rp;
      const rnp = pr.policy.np ?? rsp;
      const mp = parsed.policy!.p;
      const msp = parsed.policy!.sp ?? mp;
      const mnp = parsed.policy!.np ?? msp;
      expect(RANK[mp]!).toBeGreaterThanOrEqual(RANK[rp]!);
      expect(RANK[msp]!).toBeGreaterThanOrEqual(RANK[rsp]!);
      expect(RANK[mnp]!).toBeGreaterThanOrEqual(RANK[rnp]!);
      // every report address kept
      for (const tag of ['rua', 'ruf']) for (const u of (dmarcTags(r).get(tag) ?? '').split(',').filter(Boolean)) expect(dmarcTags(m.merged).get(tag)).toContain(u.trim());
    }
  });
});

/** [records, merged, note codes] */
const SPF: [string[], string, string[]][] = [
  [['v=spf1 include:_spf.google.com ~all', 'v=spf1 include:sendgrid.net -all'], 'v=spf1 include:_spf.google.com include:sendgrid.net -all', ['advice.spf.merge.all']],
  [['v=spf1 mx -all', 'v=spf1 mx -all'], 'v=spf1 mx -all', []],
  [['v=spf1 ip4:192.0.2.1 ?all', 'v=spf1 ip4:192.0.2.2 ~all'], 'v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 ~all', ['advice.spf.merge.all']],
  [['v=spf1 +all', 'v=spf1 mx ~all'], 'v=spf1 mx ~all', ['advice.spf.merge.all']],
  [['v=spf1 mx', 'v=spf1 a'], 'v=spf1 mx a', []],
  [['v=spf1 MX -all', 'v=spf1 mx a -all'], 'v=spf1 MX a -all', []],
  [['v=spf1 redirect=_spf.example.com', 'v=spf1 include:amazonses.com ~all'], 'v=spf1 include:amazonses.com include:_spf.example.com ~all', ['advice.spf.merge.redirect']],
  [['v=spf1 redirect=_spf.example.com', 'v=spf1 redirect=_spf.example.com'], 'v=spf1 redirect=_spf.example.com', []],
  [['v=spf1 mx -all exp=a.example.com', 'v=spf1 a -all exp=b.example.com'], 'v=spf1 mx a -all exp=a.example.com', ['advice.spf.merge.exp']],
];

describe('mergeSpfRecords', () => {
  it.each(SPF)('%j', (records, merged, notes) => {
    const m = mergeSpfRecords(records);
    expect(m.merged).toBe(merged);
    expect(m.notes.map((n) => n.code)).toEqual(notes);
    expect(parseSpfRecord(m.merged).ok).toBe(true);
    // one all term at most
    expect(m.merged.split(' ').filter((t) => /^[-+~?]?all$/i.test(t)).length).toBeLessThanOrEqual(1);
  });
});
