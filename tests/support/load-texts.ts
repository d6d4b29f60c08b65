// Engine tests call checks with { lang: 'ja' } directly, as no entry point (analyzeMessage, the
// worker, the CLI, the page) has loaded the Japanese texts for them: load them once for every
// test file (the engines' catalogue and the page's catalogue).
import { loadTexts } from '../../src/lib/i18n/tr.ts';
import { loadPageCatalogue } from '../../src/lib/findings/page.ts';

await Promise.all([loadTexts('ja'), loadPageCatalogue('ja')]);
