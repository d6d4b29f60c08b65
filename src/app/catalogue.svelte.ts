// The findings catalogue of the page's language, reactive: English at once, Japanese once loaded.
import { EN_CATALOGUE, loadCatalogue, type Catalogue, type CatalogueLang } from '../lib/findings/catalog.ts';

let current = $state.raw<Catalogue>(EN_CATALOGUE);
let wanted: CatalogueLang = 'en';

/** The catalogue for `lang` (English until another language has loaded; then it updates). */
export function catalogue(lang: CatalogueLang): Catalogue {
  if (lang !== wanted) {
    wanted = lang;
    void loadCatalogue(lang).then((c) => {
      if (wanted === lang) current = c;
    });
  }
  return current;
}
