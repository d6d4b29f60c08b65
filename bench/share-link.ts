// Prints a share link (format v2, with the sender's verdicts) to the SES "before" analysis, for
// measuring the shared-link page (Lighthouse): npx tsx bench/share-link.ts PAGE_URL DOH_URL
import { readFileSync } from 'node:fs';
import { sharedPath } from '../tests/support/shared.ts';
import { SES } from './corpus.ts';
import { AnalysisSession } from '../src/lib/report/session.ts';
import { encodeShare, buildShareUrl, headersOnly, senderView } from '../src/lib/share/index.ts';

const [page = 'http://127.0.0.1:4173/', doh = 'http://127.0.0.1:8053/dns-query'] = process.argv.slice(2);
const source = readFileSync(sharedPath(SES.before), 'utf8');
const report = await new AnalysisSession({ endpoints: [doh], format: 'json' }).analyze(source, { lang: 'en' });
const fragment = await encodeShare({ v: 2, source: headersOnly(source), options: { lang: 'en' }, sender: senderView(report) });
const u = new URL(page);
u.searchParams.set('doh', doh);
console.log(buildShareUrl(u.toString(), fragment));
