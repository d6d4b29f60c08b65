// DMARC-relevant cases of ValiMail authheaders (../shared/conformance/authheaders/authheaders-cases.json),
// evaluated with evaluateDmarc and compared on the dmarc result and policy (not header formatting).
// DKIM results are taken as given (the upstream harness feeds them in through a previous
// Authentication-Results header, or verifies the signature itself: then its output says the result).
import { afterAll, describe, expect, it } from 'vitest';
import { addressParser } from 'postal-mime';
import { haveShared, readShared } from '../../support/shared.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { evaluateDmarc } from '../../../src/lib/dmarc/index.ts';

const FILE = 'conformance/authheaders/authheaders-cases.json';

interface Case {
  msg: string;
  opts?: string;
  prev?: string;
  expect: string;
  note?: string;
}
interface Data {
  dns: Record<string, string | null>;
  cases: Case[];
}
interface Verdict {
  result: string;
  policy: string | null;
}

const DEVIATIONS: Record<string, { ours: Verdict; reason: string }> = {
  'test.bad.message': {
    ours: { result: 'fail', policy: 'none' },
    reason:
      'RFC 9989 4.8: syntax errors in the record "MUST be discarded"; the bare "reject" token is ignored (dmarc-syntax warning) and p=none applies. authheaders answers permerror.',
  },
  'test.nofrom.message': {
    ours: { result: 'permerror', policy: null },
    reason: 'same result; authheaders prints its default policy.dmarc=none, our contract reports policy null when no record applies',
  },
};

function zoneOf(dns: Data['dns']): Zone {
  const zone: Zone = {};
  for (const [name, value] of Object.entries(dns)) {
    if (!value || value.startsWith('(file')) continue; // '' / null = no record / does not exist
    zone[name] = name.startsWith('_dmarc.') ? { TXT: [[value]] } : {}; // a bare name that exists (NODATA for A)
  }
  return zone;
}

function fromDomains(message: string): string[] {
  const head = message.replace(/\r\n/g, '\n').split('\n\n')[0]!;
  const m = /^From:(.*(?:\n[ \t].*)*)/im.exec(head);
  if (!m) return [];
  return addressParser(m[1]!.replace(/\n/g, ''))
    .flatMap((a) => ('group' in a && a.group ? a.group : [a]))
    .map((a) => ('address' in a ? (a.address ?? '') : ''))
    .filter((addr) => addr.includes('@'))
    .map((addr) => addr.slice(addr.lastIndexOf('@') + 1));
}

function dkimResults(header: string): { result: string; d: string }[] {
  return [...header.matchAll(/dkim=(\w+) header\.d=([^\s;]+)/g)].map((m) => ({ result: m[1]!, d: m[2]! }));
}

function expected(c: Case): Verdict | null {
  const m = /dmarc=(\w+)/.exec(c.expect);
  if (!m) return null;
  return { result: m[1]!, policy: /policy\.dmarc=(\w+)/.exec(c.expect)?.[1] ?? null };
}

const present = haveShared(FILE);
const data: Data | null = present ? (JSON.parse(readShared(FILE)) as Data) : null;
const tally = { ok: 0, dev: 0, total: 0, skipped: 0 };

describe.skipIf(!present)('authheaders DMARC cases', () => {
  const rows: [string, Case, string][] = [];
  let lastPrev = '';
  for (const c of data?.cases ?? []) {
    if (c.prev && !c.prev.startsWith('(same')) lastPrev = c.prev;
    const prev = c.prev ? lastPrev : '';
    if (expected(c)) rows.push([c.msg, c, prev]);
    else tally.skipped++;
  }

  it('takes the DMARC cases', () => expect(rows.length).toBe(11));

  it.each(rows)('%s', async (msg, c, prev) => {
    tally.total++;
    const message = readShared(`conformance/authheaders/${msg}`);
    // without a previous A-R header the harness verified DKIM itself: its output carries the result
    const dkim = dkimResults(prev || c.expect);
    const ev = await evaluateDmarc({ fromDomains: fromDomains(message), spf: null, dkim }, new ZoneResolver(zoneOf(data!.dns)));
    const got: Verdict = { result: ev.result, policy: ev.policy };
    const dev = DEVIATIONS[msg];
    if (dev) {
      expect(got).toEqual(dev.ours);
      expect(got).not.toEqual(expected(c));
      tally.dev++;
    } else {
      expect(got).toEqual(expected(c));
      tally.ok++;
    }
  });
});

afterAll(() => {
  // eslint-disable-next-line no-console
  if (present) console.log(`authheaders: ${tally.ok}/${tally.total} as expected, ${tally.dev} documented deviation(s), ${tally.skipped} non-DMARC case(s) skipped`);
});
