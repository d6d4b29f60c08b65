// The explanation vocabulary of the DMARC checks: each step (findings' EngineStep) says what was looked at (evidence),
// the rule applied and the outcome, in the language of the translator (texts in findings/*/dmarc.ts).
import type { RuleRef } from '../types.ts';
import type { EngineStep, Outcome } from '../findings/types.ts';
import type { TreeWalkQuery } from './tree-walk.ts';
import { EN, type Tr } from '../i18n/tr.ts';

/** A DMARC step: every evidence line is what DNS (or the From field) answered, labelled with the step's title. */
export function step(id: string, title: string, outcome: Outcome, text: string, rule: RuleRef, evidence: string[] = []): EngineStep {
  return { id, title, outcome, text, rule, evidence: evidence.map((line) => ({ kind: 'dns', label: title, text: line })) };
}

/** One line per answer, as a DNS tool would show it. */
export function queryEvidence(q: TreeWalkQuery, tr: Tr = EN): string[] {
  if (q.status !== 'NOERROR') return [`${q.name} TXT → ${q.status}${q.error ? ` (${q.error})` : ''}`];
  if (!q.answers.length) return [tr('dmarc.query.nodata', { name: q.name })];
  return q.answers.map((a) => `${q.name} TXT "${a}"`);
}

/** Two sentences in a row (a space between them in English, none in Japanese). */
export function sentences(tr: Tr, text: string, next: string): string {
  return tr('dmarc.text.then', { text, next });
}

export function describeQuery(q: TreeWalkQuery, tr: Tr = EN): { outcome: Outcome; text: string } {
  if (q.error) return { outcome: 'error', text: tr('dmarc.query.failed', { name: q.name, error: q.error }) };
  const multiple = q.dropped.filter((d) => d.reason === 'multiple').length;
  const notDmarc = q.dropped.filter((d) => d.reason === 'not-dmarc');
  const parts: string[] = [];
  if (q.status === 'NXDOMAIN') parts.push(tr('dmarc.query.nxdomain', { name: q.name }));
  else if (!q.answers.length) parts.push(tr('dmarc.query.no-txt', { name: q.name }));
  if (notDmarc.length) {
    parts.push(tr('dmarc.query.not-dmarc', { n: notDmarc.length }));
    if (notDmarc.some((d) => /^\s*v\s*=\s*dmarc1/i.test(d.text))) parts.push(tr('dmarc.query.wrong-case'));
  }
  if (multiple) parts.push(tr('dmarc.query.multiple', { n: multiple }));
  if (q.kept) parts.push(tr('dmarc.query.found', { record: q.kept }));
  const outcome: Outcome = multiple ? 'error' : q.kept ? 'pass' : notDmarc.length ? 'warn' : 'info';
  return { outcome, text: parts.length ? parts.reduce((text, next) => sentences(tr, text, next)) : tr('dmarc.query.nothing', { name: q.name }) };
}
