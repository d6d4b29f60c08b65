// Builds fragments from arbitrary bytes with Node's own zlib and base64url, independently of
// the code under test, so the decoder is checked against a second implementation.
import { deflateRawSync } from 'node:zlib';

export function fragmentOf(bytes: Uint8Array | string, prefix = 'v1.'): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  return prefix + deflateRawSync(data).toString('base64url');
}

export function rawFragment(bytes: Uint8Array, prefix = 'v1.'): string {
  return prefix + Buffer.from(bytes).toString('base64url');
}
