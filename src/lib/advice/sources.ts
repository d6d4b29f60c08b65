// What a fix's sources say to a reader. A source is a URL, or a provenance tag of our reference
// (esp-fixes.md: "[V] esp-fixes.md §1", "[3P] esp-fixes.md §7"): the reader cannot open our
// reference, so a tag is shown as the kind of evidence it stands for, and a URL as a link.

/** The kinds of evidence behind a fact, in the order they are shown (firmest first). */
export const SOURCE_KINDS = ['vendor', 'observed', 'third-party', 'inferred'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const TAGS: Record<string, SourceKind> = { V: 'vendor', V2: 'vendor', O: 'observed', '3P': 'third-party', INF: 'inferred' };

/** The links to show, and the kinds of evidence named by tags (each once). */
export function sourceView(sources: readonly string[]): { urls: string[]; kinds: SourceKind[] } {
  const urls: string[] = [];
  const kinds = new Set<SourceKind>();
  for (const s of sources) {
    const url = /https:\/\/[^\s,)]+/.exec(s)?.[0];
    if (url) {
      if (!urls.includes(url)) urls.push(url);
      continue;
    }
    for (const m of s.matchAll(/\[([A-Z0-9]+)\]/g)) {
      const k = TAGS[m[1]!];
      if (k) kinds.add(k);
    }
  }
  return { urls, kinds: SOURCE_KINDS.filter((k) => kinds.has(k)) };
}
