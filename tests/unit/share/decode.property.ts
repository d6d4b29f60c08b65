// The fuzz property of decodeShare, exported so other harnesses (e.g. a longer fuzz run) can
// reuse it: on any input it resolves (never throws or rejects), quickly, to a well-formed result.
import { decodeShare, type ShareErrorCode } from '../../../src/lib/share/codec.ts';
import { TIMING } from '../../support/timing.ts';

export const DECODE_TIME_BOUND_MS = 1000;
const CODES: ShareErrorCode[] = ['empty', 'bad-version', 'bad-base64', 'corrupt', 'too-large', 'bad-json'];

export async function decodeShareProperty(input: string): Promise<void> {
  const shown = JSON.stringify(input.slice(0, 80));
  const t0 = performance.now();
  let r: Awaited<ReturnType<typeof decodeShare>>;
  try {
    r = await decodeShare(input);
  } catch (e) {
    throw new Error(`decodeShare threw on ${shown}: ${String(e)}`, { cause: e });
  }
  const ms = performance.now() - t0;
  if (ms > DECODE_TIME_BOUND_MS && TIMING) throw new Error(`decodeShare took ${ms.toFixed(0)} ms on ${shown}`);
  if (r.ok) {
    if ((r.payload.v !== 1 && r.payload.v !== 2) || typeof r.payload.source !== 'string' || !Array.isArray(r.ignored)) {
      throw new Error(`malformed success on ${shown}`);
    }
  } else if (!CODES.includes(r.error.code) || typeof r.error.message !== 'string' || r.error.message === '') {
    throw new Error(`malformed error on ${shown}: ${JSON.stringify(r.error)}`);
  }
}
