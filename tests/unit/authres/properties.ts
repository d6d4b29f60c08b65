// fast-check property bodies for the header parsers, exported for reuse (e.g. a longer fuzz run).
import fc from 'fast-check';
import { parseAuthResults } from '../../../src/lib/authres/index.ts';
import { parseReceived } from '../../../src/lib/message/received.ts';

/** Header-ish text: the characters these grammars care about, plus anything. */
export const headerText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom('(', ')', ';', '=', '"', '\\', ' ', '\t', '\r\n ', 'dkim', 'spf', 'pass', 'header.d', 'i=1', 'none',
        'from', 'by', 'with', 'id', 'for', '[1.2.3.4]', '[IPv6:::1]', 'helo=', '<a@b>', 'x.example', 'Mon, 2 Nov 2020 01:57:25 -0800'),
      { maxLength: 120 },
    )
    .map((a) => a.join('')),
);

/** parseAuthResults never throws, returns the documented shape, and keeps raw text inside the input. */
export function authResProperty(value: string, arc: boolean): boolean {
  const r = parseAuthResults(value, { arc });
  if (!Array.isArray(r.results) || !Array.isArray(r.problems) || !Array.isArray(r.strays)) return false;
  if (r.authservId !== null && typeof r.authservId !== 'string') return false;
  return r.results.every((e) => typeof e.method === 'string' && typeof e.result === 'string' && value.includes(e.raw));
}

/** parseReceived never throws; a date is either null or a finite epoch. */
export function receivedProperty(value: string): boolean {
  const r = parseReceived(value);
  if (r.date !== null && !Number.isFinite(r.date.epochMs)) return false;
  return Array.isArray(r.problems) && typeof r.raw === 'string';
}
