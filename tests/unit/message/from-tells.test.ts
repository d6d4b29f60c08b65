// Spoofing tells in From, each a problem with a stable code (read by the diagnosis).
import { describe, expect, it } from 'vitest';
import { parseFrom } from '../../../src/lib/message/address.ts';
import { loadCatalogue } from '../../../src/lib/findings/catalog.ts';

const ROWS: [string, string, string[]][] = [
  ['an encoded-word that decodes to an address (RFC 2047 section 5)', '=?UTF-8?B?c2VjdXJpdHlAcGF5cGFsLmNvbQ==?=', ['from-encoded-word-address']],
  ['an encoded-word inside the angle brackets', '<=?UTF-8?B?c2VjdXJpdHk=?=@paypal.com>', ['from-encoded-word-address']],
  ['several addresses in one From', 'a@x.example, b@y.example', ['from-multiple-addresses']],
  ['a display name carrying another address', '"security@paypal.com" <evil@attacker.example>', ['from-display-name-address']],
  ['an encoded display name carrying another address', '=?UTF-8?Q?PayPal_=3Csecurity=40paypal.com=3E?= <evil@attacker.example>', ['from-display-name-address']],
  ['an ordinary From', 'Alice <alice@example.com>', []],
  ['an encoded (Japanese) display name', '=?UTF-8?B?5bGx55Sw?= <taro@example.jp>', []],
  ['a display name repeating the same address', '"alice@example.com" <alice@example.com>', []],
];
const TELLS = ['from-encoded-word-address', 'from-multiple-addresses', 'from-display-name-address'];

describe('spoofing tells in From', () => {
  it.each(ROWS)('%s', (_what, value, codes) => {
    const r = parseFrom([value]);
    expect(r.problems.map((p) => p.code).filter((c) => TELLS.includes(c))).toEqual(codes);
    for (const p of r.problems.filter((x) => TELLS.includes(x.code))) {
      expect(p.subject).toBe('From');
      expect(p.message.length).toBeGreaterThan(40);
    }
  });
  it('the texts come from the catalogue, in Japanese too', async () => {
    const ja = await loadCatalogue('ja');
    const r = parseFrom(['"security@paypal.com" <evil@attacker.example>'], { lang: 'ja', cat: ja });
    expect(r.problems[0]!.message).toMatch(/表示名/);
    expect(r.problems[0]!.params).toEqual({ name: 'security@paypal.com', shown: 'security@paypal.com', address: 'evil@attacker.example' });
  });
});
