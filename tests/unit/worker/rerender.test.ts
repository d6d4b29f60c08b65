// The analysis worker (src/worker/analyzer.worker.ts) driven in Node: it keeps its texts as codes,
// so every message it posts is in words (no token leaves it), and a 'rerender' gives the last
// report in another language exactly as an analysis in that language would, without asking DNS
// again; a rerender of a report it no longer keeps is refused (the page then analyses again).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FromWorker, ToWorker } from '../../../src/worker/protocol.ts';
import type { Zone } from '../../../src/lib/dns/zone.ts';
import { repoRoot } from '../../support/shared.ts';
import { mergeZones, startDohServer } from '../../support/doh-server.ts';

const posted: FromWorker[] = [];
let onmessage: (ev: { data: ToWorker }) => Promise<void>;

beforeAll(async () => {
  const self = { postMessage: (m: FromWorker) => posted.push(structuredClone(m)), onmessage: null as unknown };
  (globalThis as unknown as { self: unknown }).self = self;
  await import('../../../src/worker/analyzer.worker.ts');
  onmessage = self.onmessage as typeof onmessage;
});

const dir = join(repoRoot, 'tests/fixtures/samples');
const eml = readFileSync(join(dir, 'ses-before-custom-mail-from.eml'), 'utf8');
const zone = JSON.parse(readFileSync(join(dir, 'ses-before-custom-mail-from.zone.json'), 'utf8')) as Zone;
const dns = { endpoints: [], format: 'json' as const };

async function ask(m: ToWorker): Promise<FromWorker[]> {
  const from = posted.length;
  await onmessage({ data: m });
  return posted.slice(from).filter((x) => x.id === m.id);
}
const reportOf = (out: FromWorker[]) => {
  const r = out.find((x) => x.type === 'result');
  if (!r || r.type !== 'result') throw new Error(`no result: ${JSON.stringify(out).slice(0, 300)}`);
  return r.report;
};
const comparable = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'generatedAt' || k === 'elapsedMs' ? 0 : v)));

describe('the worker', () => {
  it('posts words, keeps the report, and renders it again in another language', async () => {
    const en = reportOf(await ask({ type: 'analyze', id: 1, input: eml, options: { lang: 'en', dns, zone } }));
    expect(JSON.stringify(en)).not.toContain('\uE000');
    expect(JSON.stringify(en)).toContain('Custom MAIL FROM domain mail.example.jp for Amazon SES');

    const ja = reportOf(await ask({ type: 'rerender', id: 2, of: 1, lang: 'ja' }));
    expect(JSON.stringify(ja)).not.toContain('\uE000');
    expect(JSON.stringify(ja)).toContain('Amazon SES のカスタム MAIL FROM ドメイン mail.example.jp');
    // exactly what an analysis in Japanese gives (same DNS answers: the sample's zone)
    const direct = reportOf(await ask({ type: 'analyze', id: 3, input: eml, options: { lang: 'ja', dns, zone } }));
    expect(comparable(ja)).toEqual(comparable(direct));
    // the DNS log of the re-rendered report is the analysis's, not a new one
    expect(ja.dns).toEqual(en.dns);

    // the report now answers request 3; back to English from there
    const again = reportOf(await ask({ type: 'rerender', id: 4, of: 3, lang: 'en' }));
    expect(comparable(again)).toEqual(comparable(en));
  });

  it('a second switch made before the first was answered still finds the report', async () => {
    reportOf(await ask({ type: 'analyze', id: 30, input: eml, options: { lang: 'en', dns, zone } }));
    // both name the analysis: the page had not seen the first rerender's reply yet
    const [ja, en] = await Promise.all([ask({ type: 'rerender', id: 31, of: 30, lang: 'ja' }), ask({ type: 'rerender', id: 32, of: 30, lang: 'en' })]);
    expect(JSON.stringify(reportOf(ja))).toContain('Amazon SES のカスタム MAIL FROM ドメイン mail.example.jp');
    expect(JSON.stringify(reportOf(en))).toContain('Custom MAIL FROM domain mail.example.jp for Amazon SES');
    // and a later one may name either reply
    reportOf(await ask({ type: 'rerender', id: 33, of: 31, lang: 'en' }));
  });

  it('keeps a live check of the fixes and renders it in another language without asking DNS', async () => {
    // the owner published an SPF record at the MAIL FROM name, but not the one proposed
    const server = await startDohServer({ zones: mergeZones(zone, { 'mail.example.jp': { TXT: [['v=spf1 -all']] } }) });
    try {
      const dohDns = { endpoints: [server.url], format: 'json' as const };
      const report = reportOf(await ask({ type: 'analyze', id: 40, input: eml, options: { lang: 'en', dns: dohDns } }));
      const checked = await ask({ type: 'check-fixes', id: 41, fixes: report.fixes, dns: dohDns, lang: 'en' });
      const en = checked.find((x) => x.type === 'fix-status');
      expect(JSON.stringify(en)).toContain('The SPF record of mail.example.jp lacks include:amazonses.com');
      const asked = server.requests.length;
      const ja = (await ask({ type: 'rerender', id: 42, of: 41, lang: 'ja' })).find((x) => x.type === 'fix-status');
      expect(JSON.stringify(ja)).toContain('mail.example.jp の SPF レコードに include:amazonses.com がありません');
      expect(JSON.stringify(ja)).not.toContain('\uE000');
      expect(server.requests.length).toBe(asked);
    } finally {
      await server.close();
    }
  });

  it('refuses a report it no longer keeps', async () => {
    await ask({ type: 'analyze', id: 10, input: eml, options: { lang: 'en', dns, zone } });
    const out = await ask({ type: 'rerender', id: 11, of: 1, lang: 'ja' });
    expect(out).toEqual([{ type: 'error', id: 11, message: 'report-gone' }]);
  });

  it('page texts are words, not codes', async () => {
    const out = await ask({ type: 'page-texts', id: 20, lang: 'ja' });
    const texts = out[0]?.type === 'page-texts' ? out[0].texts : null;
    expect(texts && Object.keys(texts).length).toBeGreaterThan(100);
    expect(JSON.stringify(texts)).not.toContain('\uE000');
  });
});
