// A fix's sources as the reader sees them: links, and our reference's tags as kinds of evidence
// (never "esp-fixes.md §N", a file the reader does not have).
import { describe, expect, it } from 'vitest';
import { sourceView } from '../../../src/lib/advice/sources.ts';

describe('sourceView', () => {
  const CASES = [
    { sources: ['[V] esp-fixes.md §1', 'https://docs.aws.amazon.com/general/latest/gr/ses.html#ses_dkim_domains'], urls: ['https://docs.aws.amazon.com/general/latest/gr/ses.html#ses_dkim_domains'], kinds: ['vendor'] },
    { sources: ['[O] esp-fixes.md §15'], urls: [], kinds: ['observed'] },
    { sources: ['[3P] esp-fixes.md §7', '[O] esp-fixes.md §7'], urls: [], kinds: ['observed', 'third-party'] },
    { sources: ['[V][O] esp-fixes.md §1'], urls: [], kinds: ['vendor', 'observed'] },
    { sources: ['[O] esp-fixes.md §4 (Domains API example DKIMHost)'], urls: [], kinds: ['observed'] },
    { sources: ['https://a.example/x', 'https://a.example/x'], urls: ['https://a.example/x'], kinds: [] },
    { sources: ['[INF]', 'no tag here'], urls: [], kinds: ['inferred'] },
  ];
  it.each(CASES)('$sources', (c) => {
    expect(sourceView(c.sources)).toEqual({ urls: c.urls, kinds: c.kinds });
  });
});
