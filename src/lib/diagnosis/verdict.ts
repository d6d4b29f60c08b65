// The verdict line: what happened and who must act, from the report's diagnoses; and the "To fix"
// line, which names only the required fixes ("A or B" when either is enough).
import type { PageCatalogue as Catalogue, PageCode } from '../findings/page.ts';
import { renderText } from '../findings/render.ts';
import type { FindingParams } from '../findings/types.ts';
import { renderActor, renderDiagnosis } from './render.ts';

interface DiagLike {
  code: string;
  actor: string;
  params?: FindingParams;
  summary?: string;
  role?: string;
}
interface FixLike {
  title?: string;
  problem: string;
  importance?: string;
  records: unknown[];
  group?: string;
}

/** What passed aligned, for the DMARC tile and the sentence on why. */
export type AlignedVia = 'both' | 'spf' | 'dkim' | 'none';

/**
 * Alignment as the SPF and DKIM tiles show it. DMARC's own flags are false when no record could be
 * applied (none, temperror, permerror, duplicates) although the identifiers align, so a passing
 * aligned SPF or DKIM result counts too.
 */
export function alignedVia(r: {
  dmarc: { spfAligned: boolean; dkimAligned: boolean };
  spf: { result: string; aligned?: boolean } | null;
  dkim: { result: string; aligned: boolean }[];
}): AlignedVia {
  const spf = r.dmarc.spfAligned || (r.spf?.result === 'pass' && !!r.spf.aligned);
  const dkim = r.dmarc.dkimAligned || r.dkim.some((k) => k.result === 'pass' && k.aligned);
  return spf && dkim ? 'both' : spf ? 'spf' : dkim ? 'dkim' : 'none';
}

/** Root causes whose headline does not follow from who acts and DMARC's result. */
const HEADLINE_OF: Record<string, PageCode> = {
  // an SPF record that lets every server pass: a DNS change is needed even though DMARC passes
  'spf-pass-all': 'diag.ownerActs',
  // a signature with l= (unsigned bytes): the signing setup needs a change
  'dkim-body-length-limit': 'diag.setupActs',
  // DNS did not answer and nothing is required: the verdict is not known yet, no change is asked
  'dns-unavailable': 'diag.notDecided',
};

export interface VerdictLine {
  code: string;
  actor: string;
  /** "Nothing to fix in your DNS" / "Your DNS needs a change" */
  headline: string;
  /** what happened, in plain words */
  text: string;
  /** "Who must act: …" */
  who: string;
  ownerActs: boolean;
}

export function verdictLine(
  diagnoses: DiagLike[] | undefined,
  cat: Catalogue,
  o: { dmarcPass?: boolean; required?: number; advisedActor?: string | null; optionalActor?: string | null } = {},
): VerdictLine | null {
  const d = diagnoses?.[0];
  if (!d) return null;
  const ownerActs = d.actor === 'owner' || !!o.required;
  // DMARC passes but a fix with records is advised: nothing is required, something is recommended
  const advised = !o.required && !!o.dmarcPass && !!o.advisedActor && d.actor !== 'owner';
  // only an optional step is proposed (e.g. a stricter policy): nothing required, and it is said to whom it is offered
  const optional = !o.required && !advised && !!o.dmarcPass && !!o.optionalActor && d.actor !== 'owner';
  const headline = o.required
    ? 'diag.ownerActs'
    : (HEADLINE_OF[d.code] ??
      (advised || optional || (d.actor === 'owner' && o.dmarcPass)
        ? 'diag.nothingRequired'
        : d.actor !== 'owner'
          ? 'diag.nothingInDns'
          : 'diag.ownerActs'));
  return {
    code: d.code,
    actor: d.actor,
    headline: renderText(cat, headline),
    text: renderDiagnosis(cat, d.code, d.params ?? {}),
    who: advised
      ? renderText(cat, 'diag.recommendedFor', { actor: renderActor(cat, o.advisedActor!) })
      : optional
        ? renderText(cat, 'diag.optionalFor', { actor: renderActor(cat, o.optionalActor!) })
        : renderText(cat, 'diag.whoActs', { actor: renderActor(cat, d.actor) }),
    ownerActs,
  };
}

/** Titles of the required fixes with records; alternatives of one group joined by "or". */
export function requiredFixTitles(fixes: FixLike[], cat: Catalogue): string[] {
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const f of fixes) {
    if (f.importance !== undefined && f.importance !== 'required') continue;
    if (!f.records.length) continue;
    const title = f.title ?? f.problem;
    if (f.group) {
      const g = groups.get(f.group);
      if (g) g.push(title);
      else {
        const list = [title];
        groups.set(f.group, list);
        out.push(`\u0000${f.group}`);
      }
    } else out.push(title);
  }
  return out.map((t) => (t.startsWith('\u0000') ? groups.get(t.slice(1))!.join(renderText(cat, 'diag.or')) : t));
}
