// Header fields of a message held as a JS string, with their offsets, so redaction can replace
// a field's value in place (RFC 5322 2.2: a field is a name, a colon and a value that may fold
// onto continuation lines starting with whitespace; a blank line ends the header block).

export interface Field {
  name: string;
  /** the name lowercased */
  key: string;
  /** offset of the field's first character */
  start: number;
  /** offset just after the colon */
  valueStart: number;
  /** offset of the final line break (the value excludes it) */
  end: number;
  /** 1-based line number of the field's first line */
  line: number;
}

export interface HeaderBlock {
  fields: Field[];
  /** offset just after the last header line's line break: the headers-only text is text.slice(0, headerEnd) */
  headerEnd: number;
  /** offset of the body (after the blank line), or null when there is no blank line */
  bodyStart: number | null;
}

const FIELD_NAME = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

export function splitHeaderBlock(text: string): HeaderBlock {
  const fields: Field[] = [];
  let cur: Field | null = null;
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const contentEnd = lineEnd > pos && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    if (contentEnd === pos) return { fields, headerEnd: pos, bodyStart: nl < 0 ? text.length : nl + 1 };
    const first = text[pos];
    if (cur && (first === ' ' || first === '\t')) {
      cur.end = contentEnd;
    } else {
      // Only the line's start is matched, so an overlong line costs no more than its length.
      const m = FIELD_NAME.exec(text.slice(pos, Math.min(contentEnd, pos + 1000)));
      cur = m ? { name: m[1]!, key: m[1]!.toLowerCase(), start: pos, valueStart: pos + m[0].length, end: contentEnd, line } : null;
      if (cur) fields.push(cur);
    }
    if (nl < 0) break;
    pos = nl + 1;
    line++;
  }
  return { fields, headerEnd: text.length, bodyStart: null };
}

/** The message cut at the first blank line, keeping the last header line's CRLF. */
export function headersOnly(source: string): string {
  return source.slice(0, splitHeaderBlock(source).headerEnd);
}

/** A field's value with folding removed (RFC 5322 2.2.3) and outer whitespace trimmed. */
export function fieldValue(text: string, f: Field): string {
  return text.slice(f.valueStart, f.end).replace(/\r?\n(?=[ \t])/g, '').trim();
}
