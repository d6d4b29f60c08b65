import { describe, it } from 'vitest';
import fc from 'fast-check';
import { encodeShare } from '../../../src/lib/share/codec.ts';
import { decodeShareProperty } from './decode.property.ts';
import { fragmentOf } from './helpers.ts';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');

/** A real fragment, then cut, extended or with one character changed. */
const mutatedFragment = fc
  .tuple(fc.string({ maxLength: 200 }), fc.nat(), fc.constantFrom(...B64URL), fc.constantFrom('cut', 'flip', 'append'))
  .map(([source, at, ch, how]) => ({ source, at, ch, how }));

describe('decodeShare fuzz', () => {
  const runs: [string, fc.Arbitrary<string>, number][] = [
    ['arbitrary strings', fc.string({ maxLength: 300, unit: 'binary' }), 1000],
    ['v1. with base64url noise', fc.array(fc.constantFrom(...B64URL), { maxLength: 400 }).map((a) => `#v1.${a.join('')}`), 1000],
    ['deflated arbitrary JSON', fc.json({ maxDepth: 3 }).map((j) => fragmentOf(j)), 500],
    ['percent and hash soup', fc.array(fc.constantFrom('%', '#', 'v1.', '%23', '%E3', 'A', ' ', '\n'), { maxLength: 40 }).map((a) => a.join('')), 500],
  ];
  for (const [name, arb, numRuns] of runs) {
    it(name, async () => {
      await fc.assert(fc.asyncProperty(arb, decodeShareProperty), { numRuns });
    });
  }

  it('mutated real fragments', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFragment, async ({ source, at, ch, how }) => {
        const f = await encodeShare({ v: 1, source });
        const i = 4 + (at % Math.max(1, f.length - 4));
        const g = how === 'cut' ? f.slice(0, i) : how === 'flip' ? f.slice(0, i) + ch + f.slice(i + 1) : f + ch;
        await decodeShareProperty(g);
      }),
      { numRuns: 500 },
    );
  });
});
