// The summary's verdict line and alignment (src/lib/diagnosis/verdict.ts), one table each: which
// headline and "who" a report gets, and what passed aligned when DMARC's own flags say nothing.
import { describe, expect, it } from 'vitest';
import { alignedVia, verdictLine } from '../../../src/lib/diagnosis/verdict.ts';
import { loadedPageCatalogue } from '../../../src/lib/findings/page.ts';

const cat = loadedPageCatalogue('en');

describe('verdictLine: headline and who', () => {
  it.each([
    ['a required fix', { code: 'service-mail-from-not-aligned', actor: 'owner' }, { required: 1 }, 'Your DNS needs a change', 'Who must act: the domain owner'],
    ['DNS did not answer', { code: 'dns-unavailable', actor: 'owner' }, {}, 'Not decided yet: DNS did not answer', 'Who must act: the domain owner'],
    ['a forwarder broke it', { code: 'forwarded-broken', actor: 'forwarder' }, {}, 'Nothing to fix in your DNS', 'Who must act: the forwarder'],
    ['DMARC passes, a recommendation', { code: 'nothing-to-fix', actor: 'none' }, { dmarcPass: true, advisedActor: 'owner' }, 'Nothing required: DMARC passes', 'Recommended for the domain owner'],
    ['DMARC passes, only an optional step', { code: 'nothing-to-fix', actor: 'none' }, { dmarcPass: true, optionalActor: 'owner' }, 'Nothing required: DMARC passes', 'Optional for the domain owner'],
    ['DMARC passes on an SPF record with +all', { code: 'spf-pass-all', actor: 'owner' }, { dmarcPass: true, advisedActor: 'owner' }, 'Your DNS needs a change', 'Who must act: the domain owner'],
    ['DMARC passes on a signature with l=', { code: 'dkim-body-length-limit', actor: 'owner' }, { dmarcPass: true }, 'Your sending setup needs a change', 'Who must act: the domain owner'],
    ['DMARC passes, nothing offered', { code: 'nothing-to-fix', actor: 'none' }, { dmarcPass: true }, 'Nothing to fix in your DNS', 'Who must act: nobody'],
  ] as const)('%s', (_n, d, o, headline, who) => {
    const line = verdictLine([{ ...d, params: {} }], cat, o);
    expect(line?.headline).toBe(headline);
    expect(line?.who).toMatch(new RegExp(`^${who}`));
  });
});

describe('alignedVia: DMARC flags, else the tiles', () => {
  const k = (result: string, aligned: boolean) => ({ result, aligned });
  it.each([
    ['DMARC says both', { spfAligned: true, dkimAligned: true }, null, [], 'both'],
    ['temperror: flags false, SPF and DKIM pass aligned', { spfAligned: false, dkimAligned: false }, { result: 'pass', aligned: true }, [k('pass', true)], 'both'],
    ['SPF passes unaligned, DKIM aligned', { spfAligned: false, dkimAligned: false }, { result: 'pass', aligned: false }, [k('pass', true)], 'dkim'],
    ['aligned but failing counts for nothing', { spfAligned: false, dkimAligned: false }, { result: 'fail', aligned: true }, [k('fail', true)], 'none'],
    ['SPF only', { spfAligned: true, dkimAligned: false }, null, [k('pass', false)], 'spf'],
  ] as const)('%s', (_n, dmarc, spf, dkim, want) => {
    expect(alignedVia({ dmarc, spf, dkim: [...dkim] })).toBe(want);
  });
});
