// The engines hold codes and parameters, no sentences: outside the catalogues (src/lib/findings/ja)
// and the interface dictionary (src/lib/i18n/ja.ts), no .ts file under src/lib has Japanese
// characters or a transitional tr({ en, ja }) written at its site. The only exceptions are
// matchers of real-world data (a Japanese bounce subject, a receiver's Japanese wording), listed
// below with the exact text each may hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));

/** Files (paths under src/lib) whose Japanese is the point: the catalogues and the dictionary. */
const JAPANESE_FILES = [/^findings\/ja\/[\w-]+\.ts$/, /^i18n\/ja\.ts$/];

/** Matchers of real-world data: the exact Japanese each file may hold, and why. */
const MATCHERS: { file: string; text: string; why: string }[] = [
  { file: 'diagnosis/signals.ts', text: '配信.*(失敗|不能)', why: 'a Japanese bounce subject ("delivery failed")' },
  { file: 'diagnosis/signals.ts', text: '自動(応答|返信)', why: 'a Japanese auto-reply subject' },
  { file: 'domaincheck/index.ts', text: 'このメッセージは|このメッセージでは', why: 'ABOUT_MESSAGE: a text about one message, in Japanese' },
];

/**
 * English sentences still written at their site as a `message:` (a problem's, a warning's or a
 * repair's), each file with how many and why. None is left: every message comes from the
 * catalogue (`message: tr('…')`; the input's repairs in message/normalise.ts, the redaction
 * warnings in share/redact.ts from the page catalogue's English).
 */
const ENGLISH_MESSAGES: { file: string; count: number; why: string }[] = [];

/** `message: '…'`, `message: \`…\`` or `message: cond ? '…'` holding two words or more. */
const INLINE_MESSAGE = /\bmessage:\s*(?:[^,'"`;{}]*\?\s*)?(['"`])(?=[^'"`]*[A-Za-z]{3,} [A-Za-z]{2,})/g;

/**
 * A vendor's console path written in a string literal ('SendGrid > Settings > …', `${where} > Add
 * selector`): it reaches Japanese readers unglossed. Paths are catalogue texts (recipes.*.open,
 * recipes.*.where), quoted with a gloss in Japanese.
 */
const CONSOLE_PATH = /(['`])(?:(?!\1)[^\n])*(?:\b[A-Z][\w&]*(?: [\w&]+)*|\$\{[\w.]+\}) > (?:[A-Z"]|\$\{)(?:(?!\1)[^\n])*\1/g;

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const INLINE_TR = 'tr({';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.isFile() && e.name.endsWith('.ts') ? [relative(LIB, p).split('\\').join('/')] : [];
  });
}

const FILES = tsFiles(LIB).sort();
const read = (f: string) => readFileSync(join(LIB, f), 'utf8');

/** The file's text without the matchers' allowed texts. */
function withoutMatchers(f: string): string {
  return MATCHERS.filter((m) => m.file === f).reduce((s, m) => s.split(m.text).join(''), read(f));
}

/** The lines of a text that match, numbered, for the failure message. */
const offending = (text: string, test: (line: string) => boolean) =>
  text.split('\n').flatMap((l, i) => (test(l) ? [`${i + 1}: ${l.trim().slice(0, 160)}`] : []));

describe('no words written inline in the engines', () => {
  const checked = FILES;

  it('finds the engine files', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(checked).toContain('advice/providers.ts');
  });

  it.each(checked.filter((f) => !JAPANESE_FILES.some((re) => re.test(f))))('%s: no Japanese characters', (f) => {
    expect(offending(withoutMatchers(f), (l) => JAPANESE.test(l))).toEqual([]);
  });

  it.each(checked)('%s: no tr({ … })', (f) => {
    expect(offending(read(f), (l) => l.includes(INLINE_TR))).toEqual([]);
  });

  it.each(checked.filter((f) => !JAPANESE_FILES.some((re) => re.test(f)) && !/^findings\/en\//.test(f)))('%s: no English message written inline', (f) => {
    const text = read(f);
    const found = [...text.matchAll(INLINE_MESSAGE)].map((m) => `${text.slice(0, m.index).split('\n').length}: ${text.slice(m.index, m.index + 100)}`);
    expect(found).toHaveLength(ENGLISH_MESSAGES.find((e) => e.file === f)?.count ?? 0);
  });

  it.each(checked.filter((f) => !JAPANESE_FILES.some((re) => re.test(f)) && !/^findings\/en\//.test(f)))('%s: no console path written inline', (f) => {
    const text = read(f);
    expect([...text.matchAll(CONSOLE_PATH)].map((m) => `${text.slice(0, m.index).split('\n').length}: ${m[0].slice(0, 100)}`)).toEqual([]);
  });

  it('the console-path pattern finds a path (so its silence means something), not a comparison', () => {
    expect("openStep(tr, 'Mailgun > Sending > Domains > Add new domain')".match(CONSOLE_PATH)).toHaveLength(1);
    expect('openStep(tr, `${where} > Add selector`)'.match(CONSOLE_PATH)).toHaveLength(1);
    expect('openStep(tr, `Mailchimp > Account > Domains > ${c.from} > Authenticate`)'.match(CONSOLE_PATH)).toHaveLength(1);
    expect("return `${list.join(', ')}${found.length > MAX_FOUND_SHOWN ? ', …' : ''}`;".match(CONSOLE_PATH)).toBeNull();
    expect("if (h.delaySeconds > GAP_SECONDS) return tr('x');".match(CONSOLE_PATH)).toBeNull();
  });

  it('the pattern finds an inline message (so its silence means something)', () => {
    expect("message: `Removed ${n} blank line(s) before the first header.`".match(INLINE_MESSAGE)).toHaveLength(1);
    expect("message: hadCRLF\n ? 'Mixed line endings were converted'".match(INLINE_MESSAGE)).toHaveLength(1);
    expect("message: tr('msg.repair.leading-blank', { n })".match(INLINE_MESSAGE)).toBeNull();
  });

  it.each(MATCHERS.map((m) => [m.file, m.text, m] as const))('%s: still holds the matcher %s', (_f, _t, m) => {
    expect(read(m.file)).toContain(m.text);
  });
});
