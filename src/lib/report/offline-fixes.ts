// Offline (DNS unreachable) the analysis still knows what the headers say: the MAIL FROM domain,
// the DKIM d= domains, the sending service, and the receiver's results. A fix whose cause is
// read from those alone stays; fixes that need DNS to be justified (a missing or weak DMARC
// record, an SPF record's terms, a DKIM key) are dropped rather than guessed.
import type { ReportFix } from './types.ts';

/** causes read from the header fields: the envelope or signing domain does not align with From */
const FROM_HEADERS = new Set(['spf-alignment', 'dkim-alignment']);

export function justifiedByHeaders(fix: Pick<ReportFix, 'problem'>): boolean {
  return FROM_HEADERS.has(fix.problem);
}
