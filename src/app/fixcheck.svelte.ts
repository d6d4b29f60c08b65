// The live "is it published?" check of a report's fixes, shared by the summary and the fix list
// (one check, shown in both places). The check itself is src/lib/advice/check.ts, in the worker.
import type { ReportFix } from '../lib/report/types.ts';
import type { DnsSettings } from '../worker/protocol.ts';
import type { AnalyzerClient } from './analyzer.ts';

export type RecordCheck = { status: 'published' | 'missing' | 'different' | 'error' | 'unchecked'; found: string[]; diff?: string };

export class FixChecks {
  checks = $state<RecordCheck[][] | null>(null);
  checking = $state(false);
  error = $state<string | null>(null);

  constructor(
    private readonly client: AnalyzerClient,
    private readonly dns: DnsSettings,
    private readonly fixes: ReportFix[],
  ) {}

  /** the worker's id of the last check's answer (it keeps the check, to render it in another language) */
  #answered = 0;

  async run(): Promise<void> {
    this.checking = true;
    this.error = null;
    try {
      this.checks = (await this.client.checkFixes(this.fixes, this.dns)) as RecordCheck[][];
      this.#answered = this.client.lastChecksId;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.checking = false;
    }
  }

  /**
   * The same fixes rendered in another language (a language switch): a new check object that keeps
   * this one's results, put into words of `lang` by the worker (no DNS query). Without results, or
   * when the worker no longer has them, the new object starts unchecked.
   */
  async relang(fixes: ReportFix[], lang: 'en' | 'ja'): Promise<FixChecks> {
    const next = new FixChecks(this.client, this.dns, fixes);
    if (this.checks && this.#answered) {
      try {
        next.checks = (await this.client.rerenderChecks(this.#answered, lang)) as RecordCheck[][];
        next.#answered = this.#answered;
      } catch {
        // unchecked: "Check my DNS now" asks again
      }
    }
    return next;
  }

  /** every record of fix `fi` (or of every fix with records) is published */
  allPublished(fi?: number): boolean {
    const c = this.checks;
    if (!c) return false;
    const list = fi === undefined ? c.flat() : (c[fi] ?? []);
    return list.length > 0 && list.every((r) => r.status === 'published');
  }
}

/** The check's explanation without diff notation: the reason, what was expected, what was found. */
export function plainCheck(diff: string | undefined): { reason: string[]; expected: string[]; found: string[] } {
  const out = { reason: [] as string[], expected: [] as string[], found: [] as string[] };
  for (const line of (diff ?? '').split('\n')) {
    if (line.startsWith('- ')) out.expected.push(line.slice(2));
    else if (line.startsWith('+ ')) out.found.push(line.slice(2));
    else if (line.trim()) out.reason.push(line);
  }
  return out;
}

/** The fix's importance (the planner sets it; older reports lack it). */
export function importanceOf(f: ReportFix): string | undefined {
  return (f as ReportFix & { importance?: string }).importance;
}
