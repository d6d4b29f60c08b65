// Received-SPF (RFC 7208 section 9.1):
//   Received-SPF: result [comment] [key-value-list]
//   key-value-pair = key [CFWS] "=" ( dot-atom / quoted-string ), separated by ';'
import type { Problem } from '../types.ts';
import { items, lex } from './lexer.ts';
import { MAX_AUTHRES_LENGTH } from './parse.ts';

const RESULTS = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);
/** RFC 4408 names, still written by old software */
const LEGACY: Record<string, string> = { error: 'temperror', unknown: 'permerror' };

export interface ReceivedSpf {
  /** lowercase RFC 7208 result word (legacy error/unknown mapped), '' when missing */
  result: string;
  /** the word as written */
  resultRaw: string;
  comment?: string;
  /** every key=value pair, lowercase keys */
  pairs: Record<string, string>;
  clientIp?: string;
  envelopeFrom?: string;
  helo?: string;
  receiver?: string;
  identity?: string;
  problem?: string;
  mechanism?: string;
  problems: Problem[];
}

export function parseReceivedSpf(value: string): ReceivedSpf {
  const problems: Problem[] = [];
  const add = (code: string, message: string) => problems.push({ code, severity: 'warning', message, subject: 'Received-SPF' });
  let src = typeof value === 'string' ? value : '';
  if (src.length > MAX_AUTHRES_LENGTH) {
    add('received-spf-too-long', `the value is ${src.length} characters long; only the first ${MAX_AUTHRES_LENGTH} were read`);
    src = src.slice(0, MAX_AUTHRES_LENGTH);
  }
  const list = items(lex(src).toks.filter((t) => t.t !== 'semi'));
  const first = list[0];
  const resultRaw = first?.k === 'bare' ? first.v : '';
  const word = resultRaw.toLowerCase();
  // own properties only: LEGACY["__proto__"] or LEGACY["constructor"] would make the result an object
  const result = Object.prototype.hasOwnProperty.call(LEGACY, word) ? LEGACY[word]! : word;
  if (result === '') add('received-spf-no-result', 'the value does not start with an SPF result word');
  else if (!RESULTS.has(result)) add('received-spf-unknown-result', `"${resultRaw}" is not an SPF result (RFC 7208 section 2.6)`);

  const comments: string[] = [];
  const pairs: Record<string, string> = {};
  for (const it of list.slice(resultRaw ? 1 : 0)) {
    if (it.k === 'comment') comments.push(it.v);
    else if (it.k === 'kv') {
      const key = it.key.toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(pairs, key)) {
        Object.defineProperty(pairs, key, { value: it.value, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  const pick = (k: string) => (Object.prototype.hasOwnProperty.call(pairs, k) ? { [camel(k)]: pairs[k] } : {});
  return {
    result,
    resultRaw,
    ...(comments.length > 0 ? { comment: comments.join(' ') } : {}),
    pairs,
    ...pick('client-ip'),
    ...pick('envelope-from'),
    ...pick('helo'),
    ...pick('receiver'),
    ...pick('identity'),
    ...pick('problem'),
    ...pick('mechanism'),
    problems,
  };
}

function camel(k: string): string {
  return k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
