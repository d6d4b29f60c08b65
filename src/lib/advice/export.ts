// Fixes as text to paste: a BIND zone-file snippet and a tab-separated table.
import type { TextCode } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import type { FindingParams } from '../findings/types.ts';
import type { AdviceLang } from './lang.ts';
import { loadedPageCatalogue } from '../findings/page.ts';
import { hasPlaceholders, type TemplateToken } from './template.ts';

type ExportCode = Extract<TextCode, `advice.export.${string}`>;

/** What both exports read: a Fix or a report's ReportFix. */
interface ExportRecord {
  type: string;
  name: string;
  value: string;
  priority?: number;
  placeholders?: (TemplateToken & { meaning?: string; where?: string })[];
}
interface ExportFix {
  problem: string;
  provider: string | null;
  title?: string;
  records: ExportRecord[];
}

export interface ExportOptions {
  /** the language of the zone file's comments (default 'en'); the records themselves do not change */
  lang?: AdviceLang;
  /** the catalogue to render the comments from (a loaded catalogue); when absent, the page
   * catalogue of `lang` if loaded (findings/page.ts), else English. Not the engines' translator:
   * the page uses this module, and must not download every engine's words with it. */
  catalogue?: Readonly<Record<ExportCode, string>>;
}

const MAX_STRING = 255;
const utf8 = new TextEncoder();

function absolute(name: string): string {
  const n = String(name ?? '').trim().replace(/\.+$/, '');
  return `${n}.`;
}

/** One character-string, quoted for a zone file: `"` and `\` escaped, bytes outside printable ASCII as \DDD. */
function quoteBytes(bytes: Uint8Array): string {
  let s = '"';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) s += `\\${String(b).padStart(3, '0')}`;
    else s += String.fromCharCode(b);
  }
  return `${s}"`;
}

/** TXT data as one or more quoted strings of at most 255 bytes each (RFC 1035 §3.3.14 / §5.1). */
export function txtStrings(value: string): string[] {
  const bytes = utf8.encode(value);
  if (bytes.length === 0) return ['""'];
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += MAX_STRING) out.push(quoteBytes(bytes.subarray(i, i + MAX_STRING)));
  return out;
}

function rdata(r: ExportRecord): string {
  switch (r.type) {
    case 'TXT':
      return txtStrings(r.value).join(' ');
    case 'MX':
      return `${r.priority ?? 10} ${absolute(r.value)}`;
    default:
      return absolute(r.value);
  }
}

function unfilled(r: ExportRecord): boolean {
  return hasPlaceholders(r.name, r.placeholders) || hasPlaceholders(r.value, r.placeholders);
}

const oneLine = (s: string) => String(s ?? '').replace(/[\r\n\t]+/g, ' ');

/**
 * A BIND zone-file snippet: absolute names (trailing dot), class IN, no TTL (the zone's $TTL applies).
 * A record that still holds a placeholder is commented out, with a note on what to fill in.
 */
export function toBindZone(fixes: readonly ExportFix[], opts: ExportOptions = {}): string {
  const cat = opts?.catalogue ?? loadedPageCatalogue(opts?.lang);
  const tr = (code: ExportCode, params?: FindingParams) => renderText(cat, code, params);
  const out: string[] = [tr('advice.export.header')];
  const seen = new Set<string>();
  for (const f of fixes ?? []) {
    const records = (f.records ?? []).filter((r) => r && r.type && r.name);
    if (!records.length) continue;
    out.push('', `; ${oneLine(f.problem)}${f.provider ? ` (${oneLine(f.provider)})` : ''}${f.title ? `: ${oneLine(f.title)}` : ''}`);
    for (const r of records) {
      const line = `${absolute(r.name)}\tIN\t${r.type}\t${rdata(r)}`;
      if (seen.has(line)) {
        out.push(tr('advice.export.same-record', { line }));
        continue;
      }
      seen.add(line);
      if (unfilled(r)) {
        for (const p of r.placeholders ?? []) {
          if (!(r.name.includes(p.token) || r.value.includes(p.token))) continue;
          const token = oneLine(p.token);
          const meaning = oneLine(p.meaning ?? '');
          const where = p.where ? oneLine(p.where) : '';
          out.push(where ? tr('advice.export.replace-where', { token, meaning, where }) : tr('advice.export.replace', { token, meaning }));
        }
        out.push(`; ${line}`);
      } else out.push(line);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Tab-separated, one record a line after a header line: type, name, priority (MX only), value (TXT unquoted). */
export function toTable(fixes: readonly ExportFix[]): string {
  const rows: string[] = ['type\tname\tpriority\tvalue'];
  const seen = new Set<string>();
  for (const f of fixes ?? []) {
    for (const r of f.records ?? []) {
      if (!r || !r.type || !r.name) continue;
      const row = [r.type, String(r.name).replace(/\.+$/, ''), r.type === 'MX' ? String(r.priority ?? 10) : '', r.value].map(oneLine).join('\t');
      if (seen.has(row)) continue;
      seen.add(row);
      rows.push(row);
    }
  }
  return `${rows.join('\n')}\n`;
}
