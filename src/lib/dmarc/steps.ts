// The explanation vocabulary of the DMARC checks: each Step says what was looked at (evidence),
// the rule applied and the outcome, in plain English or Japanese (tr({ en, ja }) at each site).
import type { RuleRef } from '../types.ts';
import type { TreeWalkQuery } from './tree-walk.ts';
import { EN, type Tr } from '../i18n/tr.ts';

export type StepOutcome = 'pass' | 'fail' | 'info' | 'warning' | 'error';

export interface DmarcStep {
  id: string;
  title: string;
  outcome: StepOutcome;
  text: string;
  /** quoted header text or DNS answers */
  evidence: string[];
  rule: RuleRef;
}

export function step(id: string, title: string, outcome: StepOutcome, text: string, rule: RuleRef, evidence: string[] = []): DmarcStep {
  return { id, title, outcome, text, evidence, rule };
}

/** One line per answer, as a DNS tool would show it. */
export function queryEvidence(q: TreeWalkQuery, tr: Tr = EN): string[] {
  if (q.status !== 'NOERROR') return [`${q.name} TXT → ${q.status}${q.error ? ` (${q.error})` : ''}`];
  if (!q.answers.length) return [tr('dmarc.query.nodata', { name: q.name })];
  return q.answers.map((a) => `${q.name} TXT "${a}"`);
}

export function describeQuery(q: TreeWalkQuery, tr: Tr = EN): { outcome: StepOutcome; text: string } {
  if (q.error)
    return {
      outcome: 'error',
      text: tr({
        en: `The lookup of ${q.name} failed (${q.error}). This is a temporary DNS error, so DMARC cannot reach a verdict until it succeeds (RFC 9989 5.3.6).`,
        ja: `${q.name} の問い合わせに失敗しました (${q.error})。一時的な DNS エラーのため、成功するまで DMARC の判定はできません (RFC 9989 5.3.6)。`,
      }),
    };
  const multiple = q.dropped.filter((d) => d.reason === 'multiple').length;
  const notDmarc = q.dropped.filter((d) => d.reason === 'not-dmarc');
  const parts: string[] = [];
  if (q.status === 'NXDOMAIN') parts.push(tr({ en: `${q.name} does not exist (NXDOMAIN): no DMARC record here.`, ja: `${q.name} は存在しません (NXDOMAIN)。ここに DMARC レコードはありません。` }));
  else if (!q.answers.length) parts.push(tr({ en: `${q.name} has no TXT records: no DMARC record here.`, ja: `${q.name} には TXT レコードがありません。ここに DMARC レコードはありません。` }));
  if (notDmarc.length) {
    parts.push(tr({ en: `${notDmarc.length} TXT record(s) do not start with "v=DMARC1" and are ignored.`, ja: `${notDmarc.length} 件の TXT レコードは "v=DMARC1" で始まらないため無視されます。` }));
    if (notDmarc.some((d) => /^\s*v\s*=\s*dmarc1/i.test(d.text))) {
      parts.push(
        tr({
          en: 'One looks like a DMARC record with the wrong case: the value "DMARC1" is case-sensitive, so "v=dmarc1" is not a DMARC record.',
          ja: '大文字・小文字が違う DMARC レコードらしきものがあります。値 "DMARC1" は大文字・小文字を区別するため、"v=dmarc1" は DMARC レコードではありません。',
        }),
      );
    }
  }
  if (multiple)
    parts.push(
      tr({
        en: `${multiple} DMARC records were found at this one name; when there is more than one, all of them are discarded (RFC 9989 4.10). Publish exactly one.`,
        ja: `この名前に DMARC レコードが ${multiple} 件見つかりました。複数ある場合はすべて破棄されます (RFC 9989 4.10)。1 件だけ公開してください。`,
      }),
    );
  if (q.kept) parts.push(tr({ en: `Found one DMARC record: "${q.kept}".`, ja: `DMARC レコードが 1 件見つかりました: "${q.kept}"。` }));
  const outcome: StepOutcome = multiple ? 'error' : q.kept ? 'pass' : notDmarc.length ? 'warning' : 'info';
  return { outcome, text: parts.join(tr({ en: ' ', ja: '' })) || tr({ en: `${q.name}: nothing usable.`, ja: `${q.name}: 使えるものはありません。` }) };
}
