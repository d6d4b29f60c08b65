// A 25 MB message with attachments: the header block of the SES "before" sample (its
// Content-Type / Content-Transfer-Encoding replaced), then multipart/mixed with the original text
// body and base64 attachments of deterministic pseudo-random bytes (76-character lines, CRLF).
// The DKIM body hashes no longer match (the body changed), which is what a real forwarded or
// re-encoded copy looks like; the analysis must still reach a verdict quickly.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../tests/support/shared.ts';
import { SES } from './corpus.ts';

export const LARGE_BYTES = 25 * 1024 * 1024;
const BOUNDARY = '=_bench_large_0123456789abcdef';

function pseudoRandom(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

function base64Lines(data: Buffer): string {
  const s = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 76) lines.push(s.slice(i, i + 76));
  return lines.join('\r\n');
}

export function buildLargeMessage(totalBytes = LARGE_BYTES): Buffer {
  const sample = readFileSync(sharedPath(SES.before), 'utf8').replace(/\r?\n/g, '\r\n');
  const split = sample.indexOf('\r\n\r\n');
  const headerLines = sample.slice(0, split).split(/\r\n(?![ \t])/).filter((h) => !/^content-(type|transfer-encoding)\s*:/i.test(h));
  const text = sample.slice(split + 4);
  const head = [
    ...headerLines,
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${BOUNDARY}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    text.trimEnd(),
    '',
  ].join('\r\n');
  const names = [
    ['application/pdf', 'quarterly-report.pdf'],
    ['image/jpeg', 'photo-2024-05-18.jpg'],
    ['application/zip', 'invoices.zip'],
    ['application/octet-stream', 'backup.tar'],
  ] as const;
  const partHead = (i: number) => `--${BOUNDARY}\r\nContent-Type: ${names[i]![0]}; name="${names[i]![1]}"\r\nContent-Disposition: attachment; filename="${names[i]![1]}"\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
  const tail = `\r\n--${BOUNDARY}--\r\n`;
  const overhead = Buffer.byteLength(head) + names.reduce((a, _, i) => a + Buffer.byteLength(partHead(i)) + 2, 0) + Buffer.byteLength(tail);
  // base64 with CRLF every 76 chars: 4/3 × 78/76 bytes per input byte
  const perPart = Math.ceil(((totalBytes - overhead) / names.length) * (3 / 4) * (76 / 78));
  const parts = names.map((_, i) => partHead(i) + base64Lines(pseudoRandom(perPart, 0x9e3779b9 + i)) + '\r\n');
  return Buffer.from(head + parts.join('') + tail.slice(2), 'utf8');
}
