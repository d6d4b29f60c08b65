// The page's findings catalogue in the page's language, reactive: English at once, Japanese once
// loaded. Only the areas the page renders itself (lib/findings/page.ts).
import { EN_PAGE_CATALOGUE, loadPageCatalogue, type PageCatalogue } from '../lib/findings/page.ts';

let current = $state.raw<PageCatalogue>(EN_PAGE_CATALOGUE);
let wanted: 'en' | 'ja' = 'en';

/** The catalogue for `lang` (English until another language has loaded; then it updates). */
export function catalogue(lang: 'en' | 'ja'): PageCatalogue {
  if (lang !== wanted) {
    wanted = lang;
    void loadPageCatalogue(lang).then((c) => {
      if (wanted === lang) current = c;
    });
  }
  return current;
}
