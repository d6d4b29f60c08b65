// The verdict line: what happened and who must act, from the report's diagnoses; and the "To fix"
// line, which names only the required fixes ("A or B" when either is enough).
import type { Catalogue } from '../findings/catalog.ts';
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

export function verdictLine(diagnoses: DiagLike[] | undefined, cat: Catalogue): VerdictLine | null {
  const d = diagnoses?.[0];
  if (!d) return null;
  const ownerActs = d.actor === 'owner';
  return {
    code: d.code,
    actor: d.actor,
    headline: renderText(cat, ownerActs ? 'diag.ownerActs' : 'diag.nothingInDns'),
    text: renderDiagnosis(cat, d.code, d.params ?? {}),
    who: renderText(cat, 'diag.whoActs', { actor: renderActor(cat, d.actor) }),
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
