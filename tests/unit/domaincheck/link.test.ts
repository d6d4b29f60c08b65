// The domain-check link (#domain=…&service=…&region=…&selector=…) and its neighbours: the share
// decoder turns it down without throwing, and the page's service names match the advisor's.
import { describe, expect, it } from 'vitest';
import { domainFragment, isDomainFragment, parseDomainFragment } from '../../../src/lib/domaincheck/link.ts';
import { SERVICE_NAMES } from '../../../src/lib/domaincheck/services.ts';
import { decodeShare } from '../../../src/lib/share/codec.ts';
import { PROVIDER_IDS } from '../../../src/lib/advice/types.ts';
import { providerName } from '../../../src/lib/advice/providers.ts';

describe('domain-check link', () => {
  const CASES = [
    { frag: 'domain=example.jp', out: { domain: 'example.jp', service: null, region: null, selectors: [] } },
    { frag: '#domain=example.jp&service=amazon-ses&region=ap-northeast-1', out: { domain: 'example.jp', service: 'amazon-ses', region: 'ap-northeast-1', selectors: [] } },
    { frag: 'domain=example.jp&service=nope&region=%3Cscript%3E', out: { domain: 'example.jp', service: null, region: null, selectors: [] } },
    { frag: 'domain=example.jp&selector=s1&selector=a%20b,k2', out: { domain: 'example.jp', service: null, region: null, selectors: ['s1', 'k2'] } },
    { frag: 'domain=', out: null },
    { frag: 'v1.abcdef', out: null },
    { frag: 'results', out: null },
  ];
  it.each(CASES)('$frag', ({ frag, out }) => {
    expect(parseDomainFragment(frag)).toEqual(out);
  });

  it('round-trips', () => {
    const l = { domain: 'example.jp', service: 'amazon-ses' as const, region: 'ap-northeast-1', selectors: ['s1', 'google'] };
    const f = domainFragment(l);
    expect(f).toBe('domain=example.jp&service=amazon-ses&region=ap-northeast-1&selector=s1&selector=google');
    expect(parseDomainFragment(f)).toEqual(l);
  });

  it('is told apart from a shared analysis, which the share decoder refuses calmly', async () => {
    expect(isDomainFragment('domain=example.jp&service=amazon-ses')).toBe(true);
    expect(isDomainFragment('v1.AAAA')).toBe(false);
    const r = await decodeShare('domain=example.jp&service=amazon-ses');
    expect(r.ok).toBe(false);
  });

  it('the service names are the advisor’s', () => {
    for (const id of PROVIDER_IDS) expect(SERVICE_NAMES[id]).toBe(providerName(id));
  });
});
