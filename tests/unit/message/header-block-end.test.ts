import { describe, it, expect } from 'vitest';
import { headerBlockEnd } from '../../../src/lib/message/raw.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('headerBlockEnd', () => {
  it.each([
    ['LF', 'From: a@b\nTo: c@d\n\nbody', 'From: a@b\nTo: c@d\n'],
    ['CRLF', 'From: a@b\r\nTo: c@d\r\n\r\nbody', 'From: a@b\r\nTo: c@d\r\n'],
    ['headers only', 'From: a@b\nTo: c@d', 'From: a@b\nTo: c@d'],
  ])('%s', (_n, text, head) => {
    const b = enc(text);
    expect(new TextDecoder().decode(b.subarray(0, headerBlockEnd(b)))).toBe(head);
  });
  it('caps a block without a blank line at 64 KB', () => {
    expect(headerBlockEnd(new Uint8Array(200_000).fill(0x61))).toBe(64 * 1024);
  });
});
