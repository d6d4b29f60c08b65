// The CLI prints the report JSON; it carries requirements[] (DESIGN.md contract), and the PTR/A
// lookups go to the DoH endpoint like every other query.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeZones, startDohServer } from '../../support/doh-server.ts';
import { repoRoot, sharedPath } from '../../support/shared.ts';
import type { Zone } from '../../../src/lib/dns/zone.ts';

const run = promisify(execFile);
const readZone = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Zone;

describe('CLI report carries requirements[]', () => {
  it('SES before sample with PTR: requirements in the JSON, PTR asked over DoH', async () => {
    const doh = await startDohServer({ zones: mergeZones(readZone(sharedPath('samples/ses-before-custom-mail-from.zone.json')), readZone(resolve(repoRoot, 'tests/fixtures/requirements/ses-ptr.zone.json'))) });
    try {
      const r = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--doh', doh.url, sharedPath('samples/ses-before-custom-mail-from.eml')], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
      const rep = JSON.parse(r.stdout) as { requirements: { id: string; scope: string; status: string; evidence: unknown[]; source: string }[]; dns: { name: string; type: string }[] };
      expect(rep.requirements).toHaveLength(12);
      for (const q of rep.requirements) {
        expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'scope', 'status', 'evidence', 'source']));
        expect(['all', 'bulk']).toContain(q.scope);
        expect(['met', 'not-met', 'unknown', 'not-applicable']).toContain(q.status);
      }
      expect(rep.requirements.find((q) => q.id === 'ptr-fcrdns')!.status).toBe('met');
      expect(rep.dns).toEqual(expect.arrayContaining([expect.objectContaining({ name: '10.27.240.54.in-addr.arpa', type: 'PTR' }), expect.objectContaining({ name: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', type: 'A' })]));
    } finally {
      await doh.close();
    }
  }, 60_000);
});
