// Before a record is proposed, what DNS has now (the live check of check.ts, run once at
// analysis time): a record already published is not proposed again but shown as "already
// published" with what is there; a record where DNS has something else keeps its place and
// says what is there and what differs. A fix left with nothing to publish becomes info.
import type { Resolver } from '../dns/types.ts';
import { checkFix } from './check.ts';
import type { AdviceLang } from './lang.ts';
import { sayer } from './record-fixes.ts';
import type { Fix, FixProblem, FixRecord, RecordCheck } from './types.ts';

/** Fixes whose own texts already quote what is at the name (a diff caveat would repeat it). */
const QUOTES_CURRENT: FixProblem[] = ['dmarc-policy', 'dmarc-duplicates', 'spf-permerror', 'spf-lookup-limit'];
const MAX_FOUND_SHOWN = 3;
/** Fixes for what this message failed: all their records in DNS means the message did not use them. */
const FOR_THIS_MESSAGE: FixProblem[] = ['spf-alignment', 'spf-authorization', 'spf-helo', 'dkim-alignment', 'dkim-failure'];

function shown(found: string[], type: string): string {
  const list = found.slice(0, MAX_FOUND_SHOWN).map((v) => (type === 'TXT' ? `"${v}"` : v));
  return `${list.join(', ')}${found.length > MAX_FOUND_SHOWN ? ', …' : ''}`;
}

/** Marks, in place, the records DNS already has; returns the same array. Never throws. */
export async function markPublished(fixes: Fix[], resolver: Resolver, opts: { lang?: AdviceLang } = {}): Promise<Fix[]> {
  const say = sayer(null, opts.lang);
  await Promise.all(
    fixes.map(async (f) => {
      if (!f.records.length) return;
      let checks: RecordCheck[];
      try {
        checks = await checkFix(f, resolver, { lang: opts.lang });
      } catch {
        return;
      }
      const keep: FixRecord[] = [];
      const notes: string[] = [];
      f.records.forEach((r, i) => {
        const c = checks[i];
        // a record still holding placeholders matched by shape only: not proof that it is there
        if (c?.status === 'published' && !r.placeholders?.length) {
          (f.published ??= []).push({ record: r, found: c.found });
          notes.push(say('advice.published.record', { type: r.type, name: r.name, found: shown(c.found, r.type) }));
          return;
        }
        if (c?.status === 'different') {
          (f.current ??= []).push({ record: r, found: c.found, diff: c.diff });
          if (!QUOTES_CURRENT.includes(f.problem)) notes.push(say('advice.published.different', { name: r.name, found: shown(c.found, r.type) || '—', diff: c.diff.split('\n')[0] ?? '' }));
        }
        keep.push(r);
      });
      if (!f.published?.length && !notes.length) return;
      if (!keep.length) {
        f.importance = 'info';
        if (FOR_THIS_MESSAGE.includes(f.problem)) notes.unshift(say('advice.published.all'));
      }
      f.records = keep;
      f.caveats = [...notes, ...f.caveats];
    }),
  );
  return fixes;
}
