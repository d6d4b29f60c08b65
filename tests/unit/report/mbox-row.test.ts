// An mbox row shows SPF and DKIM alignment apart from their results, as the summary's tiles do;
// DMARC's sense (passed and aligned) is kept beside it for the summary by source.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { mboxRow } from '../../../src/lib/report/mbox-row.ts';
import { alignedVia } from '../../../src/lib/diagnosis/verdict.ts';
import { repoRoot } from '../../support/shared.ts';

describe('mboxRow', () => {
  it('a DKIM signature that aligns but fails (h= without From) is aligned, not passing aligned', async () => {
    const dir = resolve(repoRoot, 'tests/fixtures/disagreement');
    const zone = JSON.parse(readFileSync(resolve(dir, 'dkim-h-without-from.zone.json'), 'utf8')) as Zone;
    const r = await analyzeMessage(readFileSync(resolve(dir, 'dkim-h-without-from.eml')), new ZoneResolver(zone), { now: Date.parse('2026-12-01T00:00:00Z') / 1000 });
    const row = mboxRow(0, r);
    expect(r.dkim[0]).toMatchObject({ result: 'permerror', aligned: true });
    expect(row.dkimAligned).toBe(true);
    expect(row.dmarcDkimAligned).toBe(false);
    expect(['dkim', 'both'].includes(alignedVia(r))).toBe(false);
  });
});
