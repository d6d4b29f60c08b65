// The page's catalogue: only the areas whose codes the page itself renders (diagnoses, sender
// requirements, the domain check's form, shared-link comparison, mbox summary, the zone-file
// export's comments, shared words). The engines' explanations (spf, dkim, dmarc, arc, recipes,
// advice, msg, report, step, recv, the domain check's findings) are rendered in the worker or the
// CLI and arrive as text, so the page never downloads them twice.
// English is bundled; Japanese is its own chunk, loaded when chosen.
import { pageEn } from './en/page.ts';

export type PageCode = keyof typeof pageEn;
export type PageCatalogue = Readonly<Record<PageCode, string>>;

export { pageEn as EN_PAGE_CATALOGUE };

let ja: PageCatalogue | undefined;

/** The page catalogue of a language if it has been loaded (loadPageCatalogue), else English. */
export function loadedPageCatalogue(lang: 'en' | 'ja' | null | undefined): PageCatalogue {
  return (lang === 'ja' ? ja : undefined) ?? pageEn;
}

/** The page catalogue of a language, loading it once; anything but 'ja' is English. */
export async function loadPageCatalogue(lang: 'en' | 'ja' | null | undefined): Promise<PageCatalogue> {
  if (lang !== 'ja') return pageEn;
  return (ja ??= (await import('./ja/page.ts')).pageJa);
}
