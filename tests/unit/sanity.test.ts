import { describe, it, expect } from 'vitest';
import { ZoneResolver } from '../../src/lib/dns/zone.ts';
import { splitMessage, binaryToBytes } from '../../src/lib/message/raw.ts';

describe('zone resolver', () => {
  const r = new ZoneResolver({
    'a.example': { TXT: [['v=spf1 ', '-all']], CNAME: [] },
    'alias.example': { CNAME: ['a.example'] },
    'dangling.example': { CNAME: ['nowhere.example'] },
  });
  it.each([
    ['a.example', 'TXT', 'NOERROR', ['v=spf1 -all'], []],
    ['A.EXAMPLE.', 'TXT', 'NOERROR', ['v=spf1 -all'], []],
    ['a.example', 'MX', 'NOERROR', [], []],
    ['alias.example', 'TXT', 'NOERROR', ['v=spf1 -all'], ['a.example']],
    ['dangling.example', 'TXT', 'NXDOMAIN', [], ['nowhere.example']],
    ['missing.example', 'TXT', 'NXDOMAIN', [], []],
  ] as const)('%s %s → %s', async (name, type, status, data, chain) => {
    const res = await r.query(name, type);
    expect(res.status).toBe(status);
    expect(res.answers.map((a) => a.data)).toEqual(data);
    expect(res.chain).toEqual(chain);
  });
});

describe('splitMessage', () => {
  it('keeps folded fields whole and finds the body', () => {
    const m = splitMessage(binaryToBytes('A: 1\r\nB: x\r\n y\r\nnot a field\r\n\r\nbody\r\n'));
    expect(m.headers.map((h) => [h.name, h.value, h.line])).toEqual([['A', ' 1', 1], ['B', ' x\r\n y', 2]]);
    expect(m.junk).toEqual([{ line: 4, text: 'not a field' }]);
    expect(m.hasBody).toBe(true);
    expect(new TextDecoder().decode(m.body)).toBe('body\r\n');
  });
  it('headers only', () => {
    const m = splitMessage(binaryToBytes('A: 1\r\n'));
    expect(m.hasBody).toBe(false);
    expect(m.body.length).toBe(0);
  });
});
