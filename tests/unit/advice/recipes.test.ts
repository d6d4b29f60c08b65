// Invariants every recipe draft keeps, for every service and context: the planner and the live
// check rely on them (names, placeholders and their shapes, MX priority, relaxedOnly).
import { describe, expect, it } from 'vitest';
import { GENERIC, RECIPES, PROVIDER_IDS, type Ctx, type Detection, type Draft } from '../../../src/lib/advice/index.ts';
import { matchTemplate } from '../../../src/lib/advice/template.ts';

const detection = (id: Detection['id'], region?: string): Detection => ({
  id, name: id, confidence: 'high', score: 9, evidence: [], captures: {}, candidates: [], notes: [], ...(region ? { region } : {}),
});

const contexts: [string, (id: Detection['id']) => Ctx][] = [
  ['apex, relaxed, no detection', () => ({ from: 'example.com', org: 'example.com', detection: null, spfMode: 'r', dkimMode: 'r', mailFrom: 'bounce.esp.example' })],
  ['apex, strict', (id) => ({ from: 'example.com', org: 'example.com', detection: detection(id, 'eu-west-1'), spfMode: 's', dkimMode: 's', mailFrom: 'bounce.esp.example', apexSpf: ['v=spf1 mx ~all'], spfLookupsWorstCase: 1 })],
  ['subdomain From', (id) => ({ from: 'news.example.co.uk', org: 'example.co.uk', detection: detection(id, 'us-east-1'), spfMode: 'r', dkimMode: 'r', mailFrom: null })],
];

const all = [...PROVIDER_IDS.map((id) => [id, RECIPES[id]] as const), ['GENERIC', GENERIC] as const];
const table = all.flatMap(([id, recipe]) =>
  contexts.flatMap(([cname, mk]) =>
    (['spf', 'dkim'] as const).map((which) => [`${id} ${which} (${cname})`, () => recipe[which](mk(id === 'GENERIC' ? 'amazon-ses' : id)), mk(id === 'GENERIC' ? 'amazon-ses' : id)] as const),
  ),
);

describe('recipe drafts', () => {
  it('there is a recipe for every provider id', () => {
    expect(PROVIDER_IDS.filter((id) => !RECIPES[id])).toEqual([]);
  });

  it.each(table)('%s', (_n, make, ctx) => {
    const d: Draft = make();
    expect(d.title).not.toBe('');
    expect(d.explanation).not.toBe('');
    expect(d.sources.length).toBeGreaterThan(0);
    for (const r of d.records) {
      expect(['MX', 'TXT', 'CNAME', 'NS']).toContain(r.type);
      expect(r.name).not.toMatch(/\.$/);
      expect(r.value).not.toMatch(/\.$/);
      // published in the user's own zone: at or under the organizational domain
      expect(r.name === ctx.org || r.name.endsWith(`.${ctx.org}`)).toBe(true);
      if (r.type === 'MX') expect(Number.isInteger(r.priority)).toBe(true);
      else expect(r.priority).toBeUndefined();
      if (r.type === 'TXT' && r.value.startsWith('v=spf1')) expect(r.value).toMatch(/ [-~?+]?all$/);
      for (const p of r.placeholders ?? []) {
        expect(r.name.includes(p.token) || r.value.includes(p.token)).toBe(true);
        expect(p.meaning).not.toBe('');
        expect(p.where).not.toBe('');
        expect(() => new RegExp(p.shape)).not.toThrow();
        // the token text itself is not a real value: the shape must not accept it (else an unfilled record would look published)
        if (p.token.startsWith('<')) expect(new RegExp(`^(?:${p.shape})$`).test(p.token)).toBe(false);
      }
      // every '<…>' in a record is a declared placeholder
      for (const m of `${r.name} ${r.value}`.matchAll(/<[^>]+>/g)) expect((r.placeholders ?? []).map((p) => p.token)).toContain(m[0]);
    }
    // an identity strictly under the From domain aligns in relaxed mode only, and the draft must say so
    if (d.identity && d.identity !== ctx.from && d.identity.endsWith(`.${ctx.from}`) && !d.title.includes('Marketing Cloud')) {
      expect(d.relaxedOnly).toBe(true);
    }
    if (d.relaxedOnly) expect(d.identity).toBeDefined();
  });

  it('a filled template matches its own shape', () => {
    const d = RECIPES['amazon-ses'].dkim(contexts[0]![1]('amazon-ses'));
    const r = d.records[0]!;
    expect(matchTemplate(r.name, r.placeholders, 'abcdefghijklmnopqrstuvwxyz234567._domainkey.example.com')).toEqual({ '<token1>': 'abcdefghijklmnopqrstuvwxyz234567' });
    expect(matchTemplate(r.name, r.placeholders, 'short._domainkey.example.com')).toBeNull();
  });
});
