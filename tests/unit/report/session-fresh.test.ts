// After an analysis, the names of the proposed records are asked again next time: the user may have just
// published them, and the "already published?" check must not leave a cached "not there" behind.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisSession } from '../../../src/lib/report/session.ts';
import { repoRoot } from '../../support/shared.ts';

const DIR = join(repoRoot, 'tests/fixtures/diagnosis');
type Z = Record<string, { TXT?: string[][]; A?: string[] }>;

/** A DoH JSON endpoint over a fixture zone (TXT and A only), counting the questions per name. */
function dohJson(zone: Z, asked: Map<string, number>) {
  return async (url: string | URL | Request) => {
    const u = new URL(String(url instanceof Request ? url.url : url));
    const name = (u.searchParams.get('name') ?? '').replace(/\.$/, '').toLowerCase();
    const type = u.searchParams.get('type') ?? 'A';
    asked.set(name, (asked.get(name) ?? 0) + 1);
    const e = zone[name];
    const Answer =
      type === 'TXT' ? (e?.TXT ?? []).map((t) => ({ name, type: 16, TTL: 300, data: t.map((x) => `"${x}"`).join(' ') })) : type === 'A' ? (e?.A ?? []).map((a) => ({ name, type: 1, TTL: 300, data: a })) : [];
    return new Response(JSON.stringify({ Status: e ? 0 : 3, Answer }), { headers: { 'content-type': 'application/dns-json' } });
  };
}

describe('AnalysisSession keeps no stale "not there" for proposed names', () => {
  it('a key published between two analyses is asked for again by the second', async () => {
    const zone = JSON.parse(readFileSync(join(DIR, 'dkim-key-missing.zone.json'), 'utf8')) as Z;
    const eml = readFileSync(join(DIR, 'dkim-key-missing.eml'));
    const asked = new Map<string, number>();
    const session = new AnalysisSession({ endpoints: ['https://doh.invalid/dns-query'], format: 'json', fetch: dohJson(zone, asked) as never });
    const first = await session.analyze(eml, { now: 1748855700 });
    const key = 's2025._domainkey.shop.example';
    expect(first.fixes.flatMap((f) => f.records.map((r) => r.name))).toContain(key);
    const n = asked.get(key) ?? 0;
    expect(n).toBeGreaterThan(0);
    await session.analyze(eml, { now: 1748855700 });
    expect(asked.get(key)).toBeGreaterThan(n);
  });
});
