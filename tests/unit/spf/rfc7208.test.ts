// openspf RFC 7208 test suite, read as shipped from ../shared/conformance/spf/rfc7208-tests.yml
// (README.txt section 1): check_host for MAIL FROM (HELO when mailfrom is empty), receiver
// default explanation "DEFAULT"; a list of results accepts any of them, the first is preferred.
import { loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpf } from '../../../src/lib/spf/index.ts';
import { haveShared, readShared } from '../../support/shared.ts';
import { SuiteResolver, type SuiteZone } from './helpers.ts';

const FILE = 'conformance/spf/rfc7208-tests.yml';
const OLD_NAMES: Record<string, string> = { unknown: 'permerror', error: 'temperror' };

interface SuiteTest {
  helo: string;
  host: string;
  mailfrom: string;
  result: string | string[];
  explanation?: string;
  spec?: string | string[];
  description?: string;
}
interface Scenario {
  description: string;
  tests: Record<string, SuiteTest>;
  zonedata: SuiteZone;
}

const tally = { total: 0, passed: 0, preferred: 0, notPreferred: [] as string[] };
afterAll(() => {
  if (tally.total === 0) return;
  const extra = tally.notPreferred.length ? ` (accepted but not preferred: ${tally.notPreferred.join(', ')})` : '';
  console.log(`rfc7208-tests.yml: ${tally.passed}/${tally.total} passed; ${tally.preferred}/${tally.total} gave the first (preferred) result${extra}`);
});

describe.skipIf(!haveShared(FILE))('openspf rfc7208-tests.yml', () => {
  // json: true = a repeated key keeps the later value, as PyYAML does
  const scenarios = (loadAll(readShared(FILE), null, { json: true }) as (Scenario | null)[]).filter((s): s is Scenario => !!s);
  const rows = scenarios.flatMap((sc) =>
    Object.entries(sc.tests).map(([id, t]) => ({ id, scenario: sc.description, zone: sc.zonedata, ...t })),
  );

  it('has 16 scenarios and 203 tests, 6 of them with several acceptable results', () => {
    expect(scenarios).toHaveLength(16);
    expect(rows).toHaveLength(203);
    expect(rows.filter((r) => Array.isArray(r.result))).toHaveLength(6);
  });

  it.each(rows)('$scenario / $id', async (t) => {
    const accepted = (Array.isArray(t.result) ? t.result : [t.result]).map((r) => OLD_NAMES[r] ?? r);
    const resolver = new SuiteResolver(t.zone);
    const r = await checkSpf({ ip: String(t.host), mailFrom: t.mailfrom ?? '', helo: t.helo ?? '' }, resolver, { defaultExplanation: 'DEFAULT' });
    const okResult = accepted.includes(r.result);
    const okExp = t.explanation === undefined || r.explanation === t.explanation;
    tally.total++;
    if (okResult && okExp) {
      tally.passed++;
      if (r.result === accepted[0]) tally.preferred++;
      else tally.notPreferred.push(`${t.id}=${r.result}`);
    }
    const why = `${r.summary}\n${JSON.stringify(r.problems.map((p) => p.message))}`;
    expect(accepted, why).toContain(r.result);
    if (t.explanation !== undefined) expect(r.explanation, why).toBe(t.explanation);
    // every evaluation explains itself
    expect(r.trace.stoppedBecause.length).toBeGreaterThan(0);
  });
});
