import { describe, it, expect } from 'vitest';
import { parseFrom, parseMailboxes } from '../../../src/lib/message/address.ts';
import { haveShared, readShared } from '../../support/shared.ts';

describe('From domain extraction', () => {
  const own: [string, string | null][] = [
    ['Example Shop <info@example.jp>', 'example.jp'],
    ['=?UTF-8?B?44OG44K544OI?= <a@B.Example.COM>', 'b.example.com'],
    ['undisclosed-recipients:;', null],
    ['<>', null],
  ];
  it.each(own)('%s → %s', (v, d) => {
    expect(parseFrom([v]).domain).toBe(d);
  });
  it('decodes encoded-word display names', () => {
    expect(parseMailboxes('=?UTF-8?B?44OG44K544OI?= <a@b.example>')[0]!.name).toBe('テスト');
  });
  it('flags two From headers and several domains', () => {
    const f = parseFrom(['a@x.example', 'b@y.example']);
    expect(f.problems.map((p) => p.code)).toEqual(['from-multiple', 'from-several-domains']);
    expect(f.domains).toEqual(['x.example', 'y.example']);
  });
  it('flags a missing From', () => {
    expect(parseFrom([]).problems[0]!.code).toBe('from-missing');
  });

  const tables: { name: string; cases: [string, string][] }[] = [];
  if (haveShared('conformance/dmarc/opendmarc-cases.json')) {
    tables.push({ name: 'opendmarc from_header_domain', cases: JSON.parse(readShared('conformance/dmarc/opendmarc-cases.json')).from_header_domain.cases });
    tables.push({ name: 'authheaders from_domain_extraction', cases: JSON.parse(readShared('conformance/authheaders/authheaders-cases.json')).from_domain_extraction });
  }
  for (const t of tables) {
    it.each(t.cases)(`${t.name}: %s → %s`, (value, domain) => {
      // opendmarc's table includes values with a leading "From: " (a header line pasted whole)
      const v = value.replace(/^From:\s*/i, '');
      expect(parseFrom([v]).domain).toBe(domain);
    });
  }
});
