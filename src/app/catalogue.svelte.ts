// The findings catalogue of the page's language, reactive: components render codes through it,
// so a language switch re-renders without re-analysing.
import { EN_CATALOGUE, loadCatalogue, type Catalogue } from '../lib/findings/catalog.ts';
import { i18n } from './i18n.svelte.ts';

let cat = $state.raw<Catalogue>(EN_CATALOGUE);
let loaded: string = 'en';

export const catalogue = {
  get cat(): Catalogue {
    const want = i18n.lang;
    if (want !== loaded) {
      loaded = want;
      void loadCatalogue(want).then((c) => {
        if (i18n.lang === want) cat = c;
      });
    }
    return cat;
  },
};
