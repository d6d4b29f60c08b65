// Cautions that change what a reader does with a proposed record, over the diagnosis fixtures (each
// with its zone, no network): a revoked key is not simply republished; a DMARC record kept from
// duplicates enforces its policy at once, where none applied before.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { repoRoot } from '../../support/shared.ts';

const DIR = join(repoRoot, 'tests/fixtures/diagnosis');

async function fixesOf(name: string, lang: 'en' | 'ja' = 'en') {
  const zone = JSON.parse(readFileSync(join(DIR, `${name}.zone.json`), 'utf8')) as Zone;
  const r = await analyzeMessage(readFileSync(join(DIR, `${name}.eml`)), new ZoneResolver(zone), { now: 1748855700, lang });
  return r.fixes;
}

const REVOKED = /is revoked \(empty p=\).*on purpose/;
const CHANGED = /the message was changed after signing/;
const ENFORCE = /no DMARC policy applies, so mail that fails DMARC is delivered today.*p=(reject|quarantine) applies at once/;

const CASES: { name: string; problem: string; has: RegExp[]; lacks: RegExp[] }[] = [
  { name: 'dkim-key-revoked', problem: 'dkim-failure', has: [REVOKED], lacks: [CHANGED] },
  { name: 'dkim-key-mismatch', problem: 'dkim-failure', has: [CHANGED], lacks: [REVOKED] },
  { name: 'dmarc-duplicate', problem: 'dmarc-duplicates', has: [ENFORCE], lacks: [] },
];

describe('cautions on proposed records', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const fix = (await fixesOf(c.name)).find((f) => f.problem === c.problem);
    expect(fix, `a ${c.problem} fix`).toBeDefined();
    const text = (fix!.caveats ?? []).join('\n');
    for (const re of c.has) expect(text).toMatch(re);
    for (const re of c.lacks) expect(text).not.toMatch(re);
  });

  it('the revoked-key caution is worded in Japanese too', async () => {
    const fix = (await fixesOf('dkim-key-revoked', 'ja')).find((f) => f.problem === 'dkim-failure');
    expect((fix!.caveats ?? []).join('\n')).toMatch(/失効しています/);
  });
});

describe("a receiver's gateway: the setting named for the receiver's platform, not both", () => {
  it.each([
    ['gateway-proofpoint-m365', /"Enhanced Filtering for Connectors" in Microsoft 365/, /Inbound gateway/],
    ['gateway-mimecast-google', /"Inbound gateway" in Google Workspace/, /Enhanced Filtering/],
  ])('%s', async (name, has, lacks) => {
    const zone = JSON.parse(readFileSync(join(DIR, `${name}.zone.json`), 'utf8')) as Zone;
    const r = await analyzeMessage(readFileSync(join(DIR, `${name}.eml`)), new ZoneResolver(zone), { now: 1748855700, lang: 'en' });
    const d = (r.diagnoses ?? []).find((x) => x.code === 'receiver-gateway');
    expect(d?.summary).toMatch(has);
    expect(d?.summary).not.toMatch(lacks);
  });
});
