// An evidence caption as the engines write it ("From (line 36)", "DKIM-Signature h= (d=x, line 12)",
// "DKIM-Signature (line 3) (receiver’s Authentication-Results)") in the page's language: the line
// number and the source are words of the page's dictionary; header names and values stay as they are.
import { t } from './i18n.svelte.ts';

const LINE = /(?<=[(,] ?)line (\d+)(?=[),])/g;
const RECEIVER = 'receiver’s Authentication-Results';

export function localLabel(label: string, words: { line: (n: string) => string; receiverAr: string }): string {
  return label.replace(LINE, (_m, n: string) => words.line(n)).split(RECEIVER).join(words.receiverAr);
}

export function evidenceLabel(label: string): string {
  return localLabel(label, { line: (n) => t('ev.line', { line: n }), receiverAr: t('ev.receiverAr') });
}
