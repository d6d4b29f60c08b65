// SPF syntax repair: one table of broken records → the corrected record, or no safe correction
// (then the offending term is named). Every corrected record must parse clean with our parser.
import { describe, expect, it } from 'vitest';
import { repairSpf } from '../../../src/lib/advice/spf-repair.ts';
import { parseSpfRecord } from '../../../src/lib/spf/parse.ts';

/** [broken, corrected | null (no safe correction), the change codes expected, or for null the term the problem names] */
const CASES: [string, string | null, string[] | string][] = [
  // mechanism names
  ['v=spf1 ipv4:192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 ipv6:2001:db8::1 ~all', 'v=spf1 ip6:2001:db8::1 ~all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 IPv4:192.0.2.0/24 include:_spf.example.net -all', 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 ip:192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 ip4:2001:db8::/32 -all', 'v=spf1 ip6:2001:db8::/32 -all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 ip6:192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 includes:_spf.google.com ~all', 'v=spf1 include:_spf.google.com ~all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 inlcude:sendgrid.net -all', 'v=spf1 include:sendgrid.net -all', ['advice.spf.fix.mechanism-name']],
  ['v=spf1 ~ipv4:192.0.2.1 -all', 'v=spf1 ~ip4:192.0.2.1 -all', ['advice.spf.fix.mechanism-name']],
  // separators
  ['v=spf1 include=_spf.google.com ~all', 'v=spf1 include:_spf.google.com ~all', ['advice.spf.fix.mechanism-separator']],
  ['v=spf1 ip4=192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all', ['advice.spf.fix.mechanism-separator']],
  ['v=spf1 a=mail.example.com -all', 'v=spf1 a:mail.example.com -all', ['advice.spf.fix.mechanism-separator']],
  ['v=spf1 redirect:_spf.example.com', 'v=spf1 redirect=_spf.example.com', ['advice.spf.fix.modifier-separator']],
  ['v=spf1 -all exp:explain.example.com', 'v=spf1 -all exp=explain.example.com', ['advice.spf.fix.modifier-separator']],
  ['v=spf1 include: _spf.google.com ~all', 'v=spf1 include:_spf.google.com ~all', ['advice.spf.fix.joined']],
  ['v=spf1 ip4 :192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all', ['advice.spf.fix.joined']],
  // punctuation and lists
  ['v=spf1 include:spf.protection.outlook.com, -all', 'v=spf1 include:spf.protection.outlook.com -all', ['advice.spf.fix.punctuation']],
  ['v=spf1 ip4:192.0.2.1 ~all;', 'v=spf1 ip4:192.0.2.1 ~all', ['advice.spf.fix.punctuation']],
  ['v=spf1 ip4:192.0.2.1,192.0.2.2 -all', 'v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 -all', ['advice.spf.fix.split-list']],
  ['v=spf1 mx -all.', 'v=spf1 mx -all', ['advice.spf.fix.punctuation']],
  // version tag
  ['spf1 mx -all', 'v=spf1 mx -all', ['advice.spf.fix.version']],
  ['v=spf 1 include:_spf.google.com ~all', 'v=spf1 include:_spf.google.com ~all', ['advice.spf.fix.version']],
  ['v:spf1 mx ~all', 'v=spf1 mx ~all', ['advice.spf.fix.version']],
  // quotes, spaces, typographic characters
  ['"v=spf1 mx -all"', 'v=spf1 mx -all', ['advice.spf.fix.spacing']],
  ['v=spf1  mx\tinclude:_spf.google.com  ~all', 'v=spf1 mx include:_spf.google.com ~all', ['advice.spf.fix.spacing']],
  ['v=spf1 include:a.example" "include:b.example -all', 'v=spf1 include:a.example include:b.example -all', ['advice.spf.fix.spacing']],
  ['“v=spf1 mx –all”', 'v=spf1 mx -all', ['advice.spf.fix.typographic', 'advice.spf.fix.spacing']],
  ['v=spf1\u00a0mx\u00a0-all', 'v=spf1 mx -all', ['advice.spf.fix.typographic']],
  // all: twice, or not last
  ['v=spf1 mx -all -all', 'v=spf1 mx -all', ['advice.spf.fix.all-duplicate']],
  ['v=spf1 mx ~all -all', 'v=spf1 mx ~all', ['advice.spf.fix.all-conflict']],
  ['v=spf1 ~all include:sendgrid.net', 'v=spf1 include:sendgrid.net ~all', ['advice.spf.fix.all-last']],
  ['v=spf1 mx -all ip4:192.0.2.1 exp=why.example.com', 'v=spf1 mx ip4:192.0.2.1 -all exp=why.example.com', ['advice.spf.fix.all-last']],
  // a modifier twice
  ['v=spf1 redirect=_spf.example.com redirect=_spf.example.com', 'v=spf1 redirect=_spf.example.com', ['advice.spf.fix.modifier-duplicate']],
  // several slips at once
  ['v=spf1 ipv4:192.0.2.1 include=_spf.google.com ~all;', 'v=spf1 ip4:192.0.2.1 include:_spf.google.com ~all', ['advice.spf.fix.mechanism-name', 'advice.spf.fix.mechanism-separator', 'advice.spf.fix.punctuation']],
  // no safe correction: the term is named, nothing is invented
  ['v=spf1 ip4:192.0.2.1/33 -all', null, 'ip4:192.0.2.1/33'],
  ['v=spf1 ip4:192.0.2.300 -all', null, 'ip4:192.0.2.300'],
  ['v=spf1 ip4:192.0.2.1-192.0.2.9 -all', null, 'ip4:192.0.2.1-192.0.2.9'],
  ['v=spf1 foo:bar.example -all', null, 'foo:bar.example'],
  ['v=spf1 include -all', null, 'include'],
  ['v=spf1 redirect=a.example redirect=b.example', null, 'redirect=b.example'],
  ['v=spf1 include:% ~all', null, 'include:%'],
  ['v=spf1 includes=_spf.google.com ~all', 'v=spf1 include:_spf.google.com ~all', ['advice.spf.fix.mechanism-separator']],
  ['v=spf2.0/pra mx -all', null, ''],
  ['v=spf1 a:mail.example.com/40 -all', null, 'a:mail.example.com/40'],
  ['v=spf1 ip6:2001:db8::zz -all', null, 'ip6:2001:db8::zz'],
  ['v=spf1 -redirect=x.example', null, '-redirect=x.example'],
];

describe('repairSpf: broken record → corrected record or no safe correction', () => {
  it.each(CASES)('%s', (broken, corrected, expect2) => {
    const r = repairSpf(broken);
    expect(r.valid).toBe(false);
    expect(r.corrected).toBe(corrected);
    if (corrected) {
      expect(parseSpfRecord(corrected).ok).toBe(true);
      expect(r.changes.map((c) => c.code).sort()).toEqual([...(expect2 as string[])].sort());
      expect(r.unresolved).toEqual([]);
    } else {
      expect(r.changes).toEqual([]);
      expect(r.unresolved.length).toBeGreaterThan(0);
      if (expect2) expect(r.unresolved.some((p) => p.subject === expect2 || p.message.includes(`"${expect2}"`))).toBe(true);
    }
  });

  it.each(['v=spf1 mx -all', 'v=spf1 include:_spf.google.com ~all', 'v=spf1 redirect=_spf.example.com', 'v=spf1 -all exp=x.example'])('a valid record is left alone: %s', (ok) => {
    expect(repairSpf(ok)).toEqual({ valid: true, corrected: null, changes: [], unresolved: [] });
  });

  it('bounds hostile input', () => {
    const r = repairSpf(`v=spf1 ${'ipv4:1.2.3.4 '.repeat(5000)}-all`);
    expect(r.corrected === null || r.corrected.length <= 8192).toBe(true);
  });
});
