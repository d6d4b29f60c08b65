// Engine tests call checks with { lang: 'ja' } directly, as no entry point (analyzeMessage, the
// worker, the CLI) has loaded the Japanese texts for them: load them once for every test file.
import { loadTexts } from '../../src/lib/i18n/tr.ts';

await loadTexts('ja');
