// RFC 9989 tree-walk / policy-discovery cases from ../shared/conformance/dmarc/dmarcbis-treewalk-cases.json.
import { afterAll, describe, expect, it } from 'vitest';
import { haveShared, readShared } from '../../support/shared.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { evaluateDmarc, type DmarcEvaluation } from '../../../src/lib/dmarc/index.ts';

const FILE = 'conformance/dmarc/dmarcbis-treewalk-cases.json';

interface Expect {
  dmarc?: string;
  policy?: string;
  org_domain?: string;
  policy_domain?: string;
  spf_aligned?: boolean;
  dkim_aligned?: boolean;
  dkim_org_domain?: string;
  dkim_strict?: boolean;
}
interface Case {
  id: string;
  author: string;
  spf_pass_domain?: string;
  dkim_pass_domains?: string[];
  dns: Record<string, string[][]>;
  exists?: Record<string, { A?: string[]; MX?: [number, string][] }>;
  expect: Expect;
  expect_queries?: string[];
  expect_author_queries?: string[];
  also?: { dkim_pass_domains?: string[]; expect: Expect };
  note?: string;
}

/**
 * Where we knowingly differ from the file, with the reason. The test asserts OUR answer.
 */
const DEVIATIONS: Record<string, { expect: Expect; reason: string }> = {
  'mailauth-multiple-records-stop-discovery': {
    expect: { dmarc: 'fail', policy: 'none' },
    reason:
      'RFC 9989 4.10 steps 2/6 only discard a multi-record set; the walk continues and finds _dmarc.example.com ' +
      '(p=none). Stopping discovery was RFC 7489 6.6.3 step 5 (and older mailauth). Current mailauth continues too.',
  },
};

function zoneOf(c: Case): Zone {
  const zone: Zone = {};
  for (const [name, txt] of Object.entries(c.dns)) zone[name] = { TXT: txt };
  for (const [name, rr] of Object.entries(c.exists ?? {})) {
    zone[name] = {
      ...(zone[name] ?? {}),
      ...(rr.A ? { A: rr.A } : {}),
      ...(rr.MX ? { MX: rr.MX.map(([priority, exchange]) => ({ priority, exchange })) } : {}),
    };
  }
  return zone;
}

function actual(ev: DmarcEvaluation, e: Expect): Expect {
  const out: Expect = {};
  if ('dmarc' in e) out.dmarc = ev.result;
  if ('policy' in e) out.policy = ev.policy ?? undefined;
  if ('org_domain' in e) out.org_domain = ev.orgDomain ?? undefined;
  if ('policy_domain' in e) out.policy_domain = ev.policyDomain ?? undefined;
  if ('spf_aligned' in e) out.spf_aligned = ev.spfAligned;
  if ('dkim_aligned' in e) out.dkim_aligned = ev.dkimAligned;
  if ('dkim_org_domain' in e) out.dkim_org_domain = ev.dkimAlignment[0]?.orgDomain ?? undefined;
  if ('dkim_strict' in e) out.dkim_strict = ev.adkim === 's';
  return out;
}

const run = (c: Case, dkim = c.dkim_pass_domains ?? []) =>
  evaluateDmarc(
    {
      fromDomains: [c.author],
      spf: c.spf_pass_domain ? { result: 'pass', domain: c.spf_pass_domain } : null,
      dkim: dkim.map((d) => ({ result: 'pass', d })),
    },
    new ZoneResolver(zoneOf(c)),
  );

const present = haveShared(FILE);
const cases: Case[] = present ? (JSON.parse(readShared(FILE)) as { cases: Case[] }).cases : [];
const tally = { pass: 0, deviation: 0, total: 0 };

describe.skipIf(!present)('RFC 9989 tree-walk conformance (dmarcbis-treewalk-cases.json)', () => {
  it('has the 27 cases', () => expect(cases.length).toBe(27));

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    tally.total++;
    const ev = await run(c);
    const queries = ev.discovery?.queries.map((q) => q.name);
    for (const expected of [c.expect_queries, c.expect_author_queries]) if (expected) expect(queries).toEqual(expected);
    const dev = DEVIATIONS[c.id];
    if (dev) {
      expect(actual(ev, dev.expect)).toEqual(dev.expect);
      expect(actual(ev, c.expect)).not.toEqual(c.expect); // still a deviation: drop it from the table if this fails
      tally.deviation++;
      return;
    }
    expect(actual(ev, c.expect)).toEqual(c.expect);
    if (c.also) {
      const ev2 = await run(c, c.also.dkim_pass_domains);
      expect(actual(ev2, c.also.expect)).toEqual(c.also.expect);
    }
    tally.pass++;
  });
});

afterAll(() => {
  // eslint-disable-next-line no-console
  if (present) console.log(`treewalk: ${tally.pass}/${tally.total} as expected, ${tally.deviation} documented deviation(s)`);
});
