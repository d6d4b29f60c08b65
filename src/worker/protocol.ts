// Messages between the page and the analysis worker, tagged by `type` with a request id.
import type { Report, ReportFix } from '../lib/report/types.ts';
import type { QueryLogEntry } from '../lib/dns/types.ts';
import type { Lang } from '../lib/i18n/core.ts';
import type { MboxRow } from '../lib/report/mbox-row.ts';
import type { DomainCheckResult } from '../lib/domaincheck/index.ts';
import type { ProviderId } from '../lib/advice/types.ts';
import type { Zone } from '../lib/dns/zone.ts';
import type { SenderView } from '../lib/share/verdicts.ts';
import type { RedactOptions, RedactionPreview } from '../lib/share/redact.ts';
import type { PageCatalogue } from '../lib/findings/page.ts';

/** an mbox's rows go to the page in batches of at most this many (each batch is one page task) */
export const MBOX_BATCH_ROWS = 50;

export interface DnsSettings {
  /** DoH endpoints, first is primary; empty = the defaults */
  endpoints: string[];
  format: 'json' | 'wire';
}

export interface AnalyzeOptions {
  lang: Lang;
  dns: DnsSettings;
  /** index of the Received hop to take the client IP/HELO from (null = the receiver's boundary hop) */
  hop?: number | null;
  /** skip DNS entirely (offline) */
  offline?: boolean;
  /** answer DNS from this zone instead of DoH (the page's bundled sample and its DNS snapshot) */
  zone?: Zone;
  /** opened from a share link: the sender's verdicts it carried. The report comes back as the
   * shared view (src/lib/share/compare.ts sharedReport), compared in the worker. */
  sender?: SenderView;
}

export type ToWorker =
  | { type: 'analyze'; id: number; input: string | Uint8Array; options: AnalyzeOptions }
  /** lang: the language of the diffs (default: that of the last analysis, whose fixes these are) */
  | { type: 'check-fixes'; id: number; fixes: ReportFix[]; dns: DnsSettings; lang?: Lang }
  /** part/parts: this worker analyses the messages whose index % parts === part (a pool shares one mbox) */
  | { type: 'mbox'; id: number; input: Uint8Array | string; options: AnalyzeOptions; part?: number; parts?: number }
  /** the full analysis of message `index` of the last mbox */
  | { type: 'mbox-open'; id: number; index: number; options: AnalyzeOptions }
  /** a domain check without a message (src/lib/domaincheck) */
  | { type: 'domain-check'; id: number; request: DomainCheckRequest; options: AnalyzeOptions }
  /** load a language's texts ahead of the first analysis; answered with the text chunks' URLs */
  | { type: 'prepare'; id: number; lang: Lang }
  /** the texts the page renders itself, in a language (findings/page.ts): the page does not bundle
   * them, the worker has them anyway */
  | { type: 'page-texts'; id: number; lang: Lang }
  /** the report, domain check or live check of fixes that answered request `of` (the last report,
   * the last domain check and the last few live checks are kept), in another language: rendered
   * again from the same analysis (answered as the request was, with a 'result', 'domain-result' or
   * 'fix-status', or with an error when it is no longer kept) */
  | { type: 'rerender'; id: number; of: number; lang: Lang }
  /** the Share panel's redaction, previewed exactly as it will be shared (src/lib/share/redact.ts) */
  | { type: 'redact'; id: number; source: string; options: RedactOptions };

/** The error message of a domain check whose code could not be loaded (it is not precached: offline
 * before its first use); the page says so in its own words. */
export const DOMAIN_CHECK_UNAVAILABLE = 'domain-check-unavailable';

export interface DomainCheckRequest {
  domain: string;
  service: ProviderId | null;
  region: string | null;
  selectors: string[];
}

export type FromWorker =
  | { type: 'query'; id: number; entry: QueryLogEntry }
  | { type: 'result'; id: number; report: Report }
  | { type: 'fix-status'; id: number; status: unknown }
  /** rows in batches (a few per message would flood the page with tasks); each row carries its index */
  | { type: 'mbox-rows'; id: number; total: number; rows: MboxRow[] }
  | { type: 'mbox-start'; id: number; total: number; truncated: boolean }
  | { type: 'domain-result'; id: number; result: DomainCheckResult }
  | { type: 'done'; id: number }
  /** the language's texts are loaded: the URLs of the chunks that held them (for the offline cache) */
  | { type: 'prepared'; id: number; urls: string[] }
  | { type: 'redacted'; id: number; preview: RedactionPreview }
  | { type: 'page-texts'; id: number; texts: PageCatalogue }
  | { type: 'error'; id: number; message: string };
