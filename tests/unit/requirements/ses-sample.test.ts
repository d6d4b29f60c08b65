// Issue 15's Done-when on the SES "before" sample (client 54.240.27.10, HELO
// e27-10.smtp-out.ap-northeast-1.amazonses.com): with a matching PTR and forward A the
// authentication, DMARC, reverse DNS, TLS and format rules are met, one-click unsubscribe is not
// (a transactional message without List-Unsubscribe), the spam rate is unknown; without the PTR,
// ptr-fcrdns is not met. Also: the CLI's report JSON carries requirements[].
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import type { Report } from '../../../src/lib/report/types.ts';
import { mergeZones } from '../../support/doh-server.ts';
import { loadCatalogue, renderText } from '../../../src/lib/findings/index.ts';
import { repoRoot, sharedPath } from '../../support/shared.ts';

const eml = readFileSync(sharedPath('samples/ses-before-custom-mail-from.eml'), 'utf8');
const sampleZone = JSON.parse(readFileSync(sharedPath('samples/ses-before-custom-mail-from.zone.json'), 'utf8')) as Zone;
const ptrZone = JSON.parse(readFileSync(resolve(repoRoot, 'tests/fixtures/requirements/ses-ptr.zone.json'), 'utf8')) as Zone;
const statuses = (r: Report) => Object.fromEntries(r.requirements!.map((q) => [q.id, q.status]));

describe('SES before sample', () => {
  it('with PTR and forward A: the Done-when statuses', async () => {
    const r = await analyzeMessage(eml, new ZoneResolver(mergeZones(sampleZone, ptrZone)));
    expect(statuses(r)).toMatchObject({
      'spf-or-dkim': 'met',
      'spf-and-dkim': 'met',
      'dmarc-record': 'met',
      'dmarc-alignment': 'met',
      'ptr-fcrdns': 'met',
      tls: 'met',
      rfc5322: 'met',
      'one-click-unsubscribe': 'not-met',
      'spam-rate': 'unknown',
    });
    const ptr = r.requirements!.find((q) => q.id === 'ptr-fcrdns')!;
    expect(ptr.evidence).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'dns', label: 'PTR 10.27.240.54.in-addr.arpa', text: 'e27-10.smtp-out.ap-northeast-1.amazonses.com' }),
      expect.objectContaining({ kind: 'dns', label: 'A e27-10.smtp-out.ap-northeast-1.amazonses.com', text: '54.240.27.10' }),
    ]));
    const oc = r.requirements!.find((q) => q.id === 'one-click-unsubscribe')!;
    expect(oc.reasons).toContain('no-list-unsubscribe');
    // dmarc-alignment is met by DKIM d=example.jp, not by SPF (amazonses.com does not align)
    expect(r.requirements!.find((q) => q.id === 'dmarc-alignment')!.code).toBe('req.dmarc-alignment.met-dkim');
  });

  it('without the PTR: ptr-fcrdns is not met (no PTR), the rest unchanged', async () => {
    const r = await analyzeMessage(eml, new ZoneResolver(sampleZone));
    const s = statuses(r);
    expect(s['ptr-fcrdns']).toBe('not-met');
    expect(r.requirements!.find((q) => q.id === 'ptr-fcrdns')!.reasons).toEqual(['no-ptr']);
    expect(s).toMatchObject({ 'spf-or-dkim': 'met', 'spf-and-dkim': 'met', 'dmarc-record': 'met', 'dmarc-alignment': 'met', tls: 'met', rfc5322: 'met' });
  });

  it('Japanese: the codes and parameters word it from the ja catalogue', async () => {
    const r = await analyzeMessage(eml, new ZoneResolver(mergeZones(sampleZone, ptrZone)), { lang: 'ja' });
    const q = r.requirements!.find((x) => x.id === 'ptr-fcrdns')!;
    expect(renderText(await loadCatalogue('ja'), q.code, q.params)).toMatch(/正引きすると 54\.240\.27\.10 に戻ります/);
    expect(q.summary).toMatch(/resolves back to 54\.240\.27\.10/);
  });

  it('offline: DNS-dependent rules are unknown, never met from nothing', async () => {
    const r = await analyzeMessage(eml, new ZoneResolver({}), { offline: true });
    const s = statuses(r);
    expect(s).toMatchObject({ 'dmarc-record': 'unknown', 'ptr-fcrdns': 'unknown', 'dkim-key-size': 'unknown', tls: 'met', rfc5322: 'met', 'spam-rate': 'unknown' });
  });
});
