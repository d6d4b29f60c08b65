// Done-when of issue 15 part 2, against the SES samples' zones: the domain check reports the DMARC
// record, and for Amazon SES in ap-northeast-1 proposes exactly the records the message view
// proposes for the "before" sample (compared with analyzeMessage's own fixes, so a change on
// either side fails here), and checks them live.
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { checkDomain } from '../../../src/lib/domaincheck/index.ts';
import { readShared, readSharedBytes } from '../../support/shared.ts';
import { PROVIDER_IDS } from '../../../src/lib/advice/types.ts';

const NOW = 1716009800;
const BEFORE = 'samples/ses-before-custom-mail-from';
const AFTER = 'samples/ses-after-custom-mail-from';
const zoneOf = (base: string) => new ZoneResolver(JSON.parse(readShared(`${base}.zone.json`)) as Zone);

describe('domain check against the SES sample zones', () => {
  it('domain example.jp reports its DMARC record', async () => {
    const r = await checkDomain('example.jp', zoneOf(BEFORE));
    expect(r.dmarc).toMatchObject({ result: 'found', recordDomain: '_dmarc.example.jp', record: 'v=DMARC1; p=none; rua=mailto:dmarc@example.jp', policy: 'none', policySource: 'p' });
    expect(r.spf).toMatchObject({ status: 'ok', record: 'v=spf1 include:amazonses.com ~all', lookups: 1 });
    expect(r.service).toBeNull();
    expect(r.fixes).toEqual([]);
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`--service amazon-ses --region ap-northeast-1 proposes the message view's records (${lang})`, async () => {
      const report = await analyzeMessage(readSharedBytes(`${BEFORE}.eml`), zoneOf(BEFORE), { now: NOW, lang });
      const dc = await checkDomain('example.jp', zoneOf(BEFORE), { service: 'amazon-ses', region: 'ap-northeast-1', lang });
      const mine = dc.fixes.find((f) => f.problem === 'spf-alignment')!;
      const theirs = report.fixes.find((f) => f.problem === 'spf-alignment')!;
      expect(theirs).toBeDefined();
      expect(mine.records).toEqual(theirs.records);
      expect(mine.title).toBe(theirs.title);
      expect(mine.steps).toEqual(theirs.steps);
      expect(mine.records).toEqual([
        { type: 'MX', name: 'mail.example.jp', value: 'feedback-smtp.ap-northeast-1.amazonses.com', priority: 10, onlyRecord: true },
        { type: 'TXT', name: 'mail.example.jp', value: 'v=spf1 include:amazonses.com ~all' },
      ]);
      // every fix the message view proposes with records, the domain check proposes too
      for (const f of report.fixes.filter((x) => x.records.length)) expect(dc.fixes.map((x) => x.records)).toContainEqual(f.records);
      // and Easy DKIM: the tokens are per account, so they stay placeholders
      const dkim = dc.fixes.find((f) => f.problem === 'dkim-alignment')!;
      expect(dkim.records.map((r) => `${r.type} ${r.name} ${r.value}`)).toEqual([1, 2, 3].map((i) => `CNAME <token${i}>._domainkey.example.jp <token${i}>.dkim.amazonses.com`));
      // checked live: nothing at mail.example.jp yet
      expect(mine.check?.status).toBe('missing');
      expect(dkim.check?.status).toBe('unchecked');
    });
  }

  it('after the fix the same records are found published', async () => {
    const dc = await checkDomain('example.jp', zoneOf(AFTER), { service: 'amazon-ses', region: 'ap-northeast-1' });
    const mine = dc.fixes.find((f) => f.problem === 'spf-alignment')!;
    expect(mine.check?.status).toBe('published');
    expect(dc.steps.find((s) => s.id === 'domain-service')!.summary).toMatch(/2 published/);
  });

  it('the Easy DKIM token, given as a selector, is found through its CNAME and the DKIM fix goes away', async () => {
    const dc = await checkDomain('example.jp', zoneOf(BEFORE), { service: 'amazon-ses', region: 'ap-northeast-1', selectors: ['abcdefghijklmnopqrstuvwxyz234567'] });
    expect(dc.dkim[0]).toMatchObject({ selector: 'abcdefghijklmnopqrstuvwxyz234567', status: 'ok', bits: 2048, chain: ['abcdefghijklmnopqrstuvwxyz234567.dkim.amazonses.com'] });
    expect(dc.fixes.map((f) => f.problem)).toEqual(['spf-alignment']);
  });

  it('without a region the MX target keeps a <region> placeholder and is not queried as if real', async () => {
    const dc = await checkDomain('example.jp', zoneOf(BEFORE), { service: 'amazon-ses' });
    const f = dc.fixes.find((x) => x.problem === 'spf-alignment')!;
    expect(f.records[0]!.value).toBe('feedback-smtp.<region>.amazonses.com');
  });
});

describe('every service', () => {
  it.each(PROVIDER_IDS.flatMap((id) => [[id, 'en'], [id, 'ja']] as const))('%s (%s): runs, checks its records, and speaks of no message', async (id, lang) => {
    const dc = await checkDomain('example.jp', zoneOf(BEFORE), { service: id, lang });
    expect(dc.service?.id).toBe(id);
    for (const f of dc.fixes) {
      expect(f.provider === id || f.provider === null).toBe(true);
      if (f.records.length) expect(f.check?.records).toHaveLength(f.records.length);
      for (const c of f.caveats) expect(c).not.toMatch(/for this message|このメッセージ[はで]/);
    }
    expect(dc.fixes.map((f) => f.problem)).not.toContain('dmarc-policy');
  });
});
