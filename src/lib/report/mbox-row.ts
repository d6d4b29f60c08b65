// One row of the mbox table: the verdicts of one message, small enough to post per message.
import type { Report } from './types.ts';

export interface MboxRow {
  index: number;
  /** the first From address (display) and domain */
  from: string | null;
  fromDomain: string | null;
  subject: string | null;
  date: string | null;
  mailFrom: string | null;
  spf: string | null;
  spfAligned: boolean;
  dkim: string[];
  dkimAligned: boolean;
  dmarc: string;
  /** SPF or DKIM passes with an aligned domain (what DMARC needs) */
  aligned: boolean;
  /** DMARC's sense: SPF passed with an aligned domain / a DKIM signature passed with an aligned d= */
  dmarcSpfAligned?: boolean;
  dmarcDkimAligned?: boolean;
  provider: string | null;
  fixes: number;
  error?: string;
}

const cut = (s: string | null | undefined, n = 200) => (s == null ? null : s.length > n ? s.slice(0, n) + '…' : s);

export function mboxRow(index: number, r: Report): MboxRow {
  const header = (name: string) => r.headers?.find((h) => h.name.toLowerCase() === name)?.decoded ?? null;
  return {
    index,
    from: cut(r.from.mailboxes[0]?.address ?? null),
    fromDomain: r.from.domain,
    subject: cut(header('subject')),
    date: cut(header('date'), 64),
    mailFrom: r.mailFrom.domain,
    spf: r.spf?.result ?? null,
    spfAligned: !!r.spf?.aligned,
    dkim: r.dkim.slice(0, 10).map((k) => `${k.result}${k.d ? ` (${k.d})` : ''}`),
    // alignment apart from the result, as the summary's tiles show it (DMARC's sense is dmarcDkimAligned)
    dkimAligned: r.dkim.some((k) => k.aligned),
    dmarc: r.dmarc.result,
    aligned: r.dmarc.spfAligned || r.dmarc.dkimAligned,
    dmarcSpfAligned: r.dmarc.spfAligned,
    dmarcDkimAligned: r.dmarc.dkimAligned,
    provider: r.provider?.name ?? r.provider?.id ?? null,
    fixes: r.fixes.filter((f) => f.records.length > 0).length,
  };
}

export function mboxErrorRow(index: number, error: string): MboxRow {
  return { index, from: null, fromDomain: null, subject: null, date: null, mailFrom: null, spf: null, spfAligned: false, dkim: [], dkimAligned: false, dmarc: 'none', aligned: false, provider: null, fixes: 0, error: cut(error, 500) ?? undefined };
}
