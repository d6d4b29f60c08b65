// External ARC data, read as shipped from ../shared/ (see conformance/README.txt).
import { loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { validateArc } from '../../../src/lib/arc/index.ts';
import { verifyDkim } from '../../../src/lib/dkim/index.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { bytesToBinary } from '../../../src/lib/message/raw.ts';
import { haveShared, readShared, readSharedBytes } from '../../support/shared.ts';
import { bytesMessage, crlfMessage, passTally, txtResolver } from '../dkim/helpers.ts';

const count = passTally(afterAll);

interface Scenario {
  description: string;
  tests: Record<string, { message: string; cv: string; description: string }>;
  'txt-records': Record<string, string>;
}

const VALIDATION = 'conformance/arc/arc-draft-validation-tests.yml';

describe.skipIf(!haveShared(VALIDATION))('ValiMail ARC validation suite', () => {
  // json: true = later duplicate keys win (the file repeats one test id), as PyYAML does
  const scenarios = (loadAll(readShared(VALIDATION), null, { json: true }) as (Scenario | null)[]).filter((s): s is Scenario => !!s);
  const rows = scenarios.flatMap((sc) => {
    // key values may be folded over lines: FWS inside p= is not significant
    const records = Object.fromEntries(Object.entries(sc['txt-records'] ?? {}).map(([k, v]) => [k, v.replace(/\s+/g, ' ')]));
    return Object.entries(sc.tests).map(([id, t]) => ({ id, ...t, records }));
  });
  it('has 171 tests', () => expect(rows).toHaveLength(171));
  it.each(rows)('$id: $description → $cv', async (t) => {
    // README: cv '' (a blank block scalar) is Fail
    const want = t.cv.trim() === '' ? 'fail' : t.cv.trim().toLowerCase();
    const res = await validateArc(crlfMessage(t.message), txtResolver(t.records));
    count('ARC validation', res.result === want);
    expect(res.result, res.reason).toBe(want);
    expect(res.reason.length).toBeGreaterThan(10);
  });
  // each cv=Pass message with one body byte added must fail: the newest AMS body hash breaks
  it.each(rows.filter((t) => t.cv.trim().toLowerCase() === 'pass'))('$id with the body altered → fail', async (t) => {
    const res = await validateArc(crlfMessage(`${t.message}tampered\n`), txtResolver(t.records));
    count('ARC validation, Pass cases altered', res.result === 'fail');
    expect(res.result, res.reason).toBe('fail');
    expect(res.sets.at(-1)!.ams.bodyHash).toBe('fail');
  });
});

interface ArcEmlCases {
  dns: Record<string, string>;
  cases: { file: string; arc: 'pass' | 'fail'; why?: string }[];
}

describe.skipIf(!haveShared('conformance/mailauth/arc-eml-cases.json'))('mailauth ARC messages', () => {
  const data = JSON.parse(readShared('conformance/mailauth/arc-eml-cases.json')) as ArcEmlCases;
  it.each(data.cases)('$file → $arc', async (c) => {
    const res = await validateArc(bytesMessage(readSharedBytes(`conformance/mailauth/${c.file}`)), txtResolver(data.dns));
    count('mailauth ARC', res.result === c.arc);
    expect(res.result, res.reason).toBe(c.arc);
    // "why" names the set that was damaged ("ARC-Seal i=2 ..."): the chain must break there
    if (c.arc === 'fail') expect(res.brokenAt).toBe(Number(/i=(\d+)/.exec(c.why ?? '')?.[1]));
    else expect(res.oldestPass).toBe(1);
  });
});

describe.skipIf(!haveShared('conformance/stalwart/arc'))('stalwart arc/001-002', () => {
  it.each(['001', '002'])('%s: chain passes and a DKIM signature passes', async (n) => {
    const text = bytesToBinary(readSharedBytes(`conformance/stalwart/arc/${n}.txt`));
    const blank = text.indexOf('\n\n');
    const zone: Zone = {};
    for (const line of text.slice(0, blank).split('\n')) {
      const sp = line.indexOf(' ');
      if (sp > 0) (zone[line.slice(0, sp)] ??= { TXT: [] }).TXT!.push([line.slice(sp + 1)]);
    }
    const resolver = new ZoneResolver(zone);
    const msg = crlfMessage(text.slice(blank + 2));
    const arc = await validateArc(msg, resolver);
    const dkim = await verifyDkim(msg, resolver, { now: 1667843664 });
    count('stalwart ARC', arc.result === 'pass');
    expect(arc.result, arc.reason).toBe('pass');
    expect(arc.oldestPass).toBe(1);
    expect(dkim.some((r) => r.result === 'pass')).toBe(true);
  });
});
