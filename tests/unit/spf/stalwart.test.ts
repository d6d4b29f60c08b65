// stalwartlabs/mail-auth resources/spf/*.yml, read as shipped from ../shared/conformance/stalwart/spf
// (README.txt section 2). The files are not valid YAML: they are parsed line by line like the
// upstream driver (src/spf/verify.rs, test spf_verify), with its conventions:
//  * the records of a file accumulate over its documents (one cache per file; a later line for
//    the same name replaces the earlier one);
//  * each "expect:" runs the driver's Sender::Full check with receiver "localdomain.org": the HELO
//    identity (postmaster@<domain:>) first, and only when that passes, the MAIL FROM identity;
//  * "expect: <result> <text>" also compares the explanation.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpf, type SpfResult } from '../../../src/lib/spf/index.ts';
import { haveShared, readShared, sharedPath } from '../../support/shared.ts';
import { StalwartResolver, parseStalwart, type StalwartCheck } from './helpers.ts';

const DIR = 'conformance/stalwart/spf';
const EXPECTED_PER_FILE: Record<string, number> = {
  'a.yml': 16, 'all.yml': 6, 'basic.yml': 19, 'examples.yml': 35, 'exists.yml': 4, 'exp.yml': 4,
  'include.yml': 29, 'ip.yml': 13, 'macro.yml': 6, 'mx.yml': 16, 'ptr.yml': 8, 'redirect.yml': 7,
};

/**
 * Checks where the upstream expectation contradicts RFC 7208 and the openspf suite (which we
 * pass in full, see rfc7208.test.ts). The test asserts OUR answer and the reason is printed.
 * Keyed by "<file> <group> #<n>".
 */
const DEVIATIONS: Record<string, { result: string; reason: string }> = {
  'all.yml All test #1': {
    result: 'permerror',
    reason:
      'record "v=spf1 -all ip:10.0.0.1": "ip:" is not a mechanism, and RFC 7208 4.6 makes a syntax error anywhere a ' +
      'permerror before evaluation (openspf tests with a bad term after "all" expect permerror too). Upstream ignores terms after "all".',
  },
  'basic.yml DNS Lookup Limits #1': {
    result: 'permerror',
    reason:
      'ten "a:tN.org" terms for names that do not exist: the third NXDOMAIN exceeds the void-lookup limit of 2 (RFC 7208 4.6.4; ' +
      'openspf void-over-limit expects permerror). Upstream has no void-lookup limit.',
  },
  'exists.yml Exists #2': {
    result: 'fail',
    reason:
      '"exists:ip6.test.org" where the name has only AAAA records: RFC 7208 5.7 queries A only, so no match (openspf ' +
      'exists-ip6only expects the same). Upstream\'s test resolver also tries AAAA.',
  },
  'macro.yml Macro expansion 2 #2': {
    result: 'fail',
    reason:
      '"exists:%{ir}.%{v}._spf.%{d2}" expands correctly to 1.0.b.c.…ip6._spf.example.com, but that name has only an AAAA record ' +
      'and RFC 7208 5.7 queries A only (openspf exists-ip6only). Upstream also tries AAAA.',
  },
};

const tally = { total: 0, upstream: 0, ours: 0, deviations: [] as string[] };
afterAll(() => {
  if (!tally.total) return;
  console.log(
    `stalwart spf/*.yml: ${tally.ours}/${tally.total} expect checks pass (${tally.upstream} give the upstream answer, ` +
      `${tally.deviations.length} documented RFC 7208 deviations: ${tally.deviations.join('; ')})`,
  );
});

/** The upstream driver's Sender::Full: HELO identity first, MAIL FROM only after a HELO pass. */
export async function stalwartVerify(c: StalwartCheck): Promise<SpfResult> {
  const resolver = new StalwartResolver(c.zone);
  const opts = { receiver: 'localdomain.org' };
  const helo = await checkSpf({ ip: c.ip, mailFrom: '', helo: c.helo, receiver: opts.receiver }, resolver);
  if (helo.result !== 'pass') return helo;
  return checkSpf({ ip: c.ip, mailFrom: c.sender, helo: c.helo, receiver: opts.receiver }, resolver);
}

describe.skipIf(!haveShared(DIR))('stalwart mail-auth spf/*.yml', () => {
  const files = readdirSync(sharedPath(DIR)).filter((f) => f.endsWith('.yml')).sort();
  const checks = files.flatMap((f) => parseStalwart(f, readShared(`${DIR}/${f}`)));

  it('has 12 files and 163 expect checks', () => {
    expect(files).toEqual(Object.keys(EXPECTED_PER_FILE).sort());
    for (const [f, n] of Object.entries(EXPECTED_PER_FILE)) expect(checks.filter((c) => c.file === f), f).toHaveLength(n);
    expect(checks).toHaveLength(163);
  });

  it('every deviation names a real check whose upstream answer differs', () => {
    for (const [key, d] of Object.entries(DEVIATIONS)) {
      const c = checks.find((x) => `${x.file} ${x.group} #${x.n}` === key);
      expect(c, key).toBeDefined();
      expect(c!.result, key).not.toBe(d.result);
    }
  });

  it.each(checks.map((c) => ({ ...c, label: `${c.file} ${c.group} #${c.n}` })))('$label → $result', async (c) => {
    const r = await stalwartVerify(c);
    const dev = DEVIATIONS[c.label];
    const want = dev?.result ?? c.result;
    const okExp = c.explanation === '' || r.explanation === c.explanation;
    tally.total++;
    if (r.result === c.result && okExp) tally.upstream++;
    if (r.result === want && okExp) tally.ours++;
    if (dev) tally.deviations.push(`${c.label}: upstream ${c.result}, ours ${r.result}`);
    const why = `helo=${c.helo} sender=${c.sender} ip=${c.ip}: ${r.summary}${dev ? `\n(deviation: ${dev.reason})` : ''}`;
    expect(r.result, why).toBe(want);
    if (c.explanation !== '') expect(r.explanation, why).toBe(c.explanation);
  });
});
