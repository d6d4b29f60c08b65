import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { iterateMbox, looksLikeMbox, MAX_MBOX_MESSAGES, splitMbox } from '../../../src/lib/message/mbox.ts';
import { splitMessage } from '../../../src/lib/message/raw.ts';
import { haveShared, readSharedBytes } from '../../support/shared.ts';
import { expectWithin } from '../../support/timing.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function message(i: number, nl = '\n'): string {
  return [`From: sender${i}@example.org`, `To: rcpt@example.net`, `Subject: message ${i}`, `Message-ID: <${i}@example.org>`, '', `Body of message ${i}.`, ''].join(nl);
}
function mbox(n: number, nl = '\n'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `From sender${i}@example.org Mon Jan  6 10:${String(i % 60).padStart(2, '0')}:00 2025${nl}${message(i, nl)}${nl}`;
  return s;
}

describe('splitMbox', () => {
  it('100 messages → 100 messages, each whole, offsets pointing into the input', () => {
    const text = mbox(100);
    const bytes = enc(text);
    const r = splitMbox(bytes);
    expect(r.count).toBe(100);
    expect(r.truncated).toBe(false);
    expect(r.resumeOffset).toBe(bytes.length);
    expect(r.messages).toHaveLength(100);
    r.messages.forEach((m, i) => {
      expect(m.index).toBe(i);
      expect(dec(m.data)).toBe(message(i)); // the blank line before the next separator is not part of it
      expect(m.separator).toBe(`From sender${i}@example.org Mon Jan  6 10:${String(i % 60).padStart(2, '0')}:00 2025`);
      expect(m.envelopeSender).toBe(`sender${i}@example.org`);
      expect(m.separatorDate).toBe(`Mon Jan  6 10:${String(i % 60).padStart(2, '0')}:00 2025`);
      expect(dec(bytes.subarray(m.start, m.start + 5))).toBe('From ');
      expect(dec(bytes.subarray(m.offset, m.end))).toBe(message(i));
      expect(m.data.buffer).toBe(bytes.buffer); // nothing to un-escape: a view, not a copy
      expect(splitMessage(m.data).headers.map((h) => h.key)).toEqual(['from', 'to', 'subject', 'message-id']);
    });
    // the same split from a string, with UTF-16 offsets
    const s = splitMbox(text);
    expect(s.messages.map((m) => m.data)).toEqual(r.messages.map((m) => dec(m.data)));
    expect(s.messages.map((m) => text.slice(m.offset, m.end))).toEqual(s.messages.map((m) => m.data));
  });

  it('un-escapes ">From " in bodies (mboxrd: one ">" off any run; mboxo: ">From " only)', () => {
    const text = 'From a@example.org Mon Jan  6 10:00:00 2025\nSubject: x\n\n>From the start\nmiddle >From stays\n>>From quoted\n>not from\n>From\nend\n\nFrom b@example.org Mon Jan  6 10:00:01 2025\nSubject: y\n\nplain\n';
    const rd = splitMbox(enc(text));
    expect(rd.count).toBe(2);
    expect(dec(rd.messages[0]!.data)).toBe('Subject: x\n\nFrom the start\nmiddle >From stays\n>From quoted\n>not from\n>From\nend\n');
    expect(rd.messages[0]!.unescaped).toBe(2);
    expect(dec(rd.messages[1]!.data)).toBe('Subject: y\n\nplain\n');
    const o = splitMbox(text, { format: 'mboxo' });
    expect(o.messages[0]!.data).toBe('Subject: x\n\nFrom the start\nmiddle >From stays\n>>From quoted\n>not from\n>From\nend\n');
    expect(o.messages[0]!.unescaped).toBe(1);
  });

  it('CRLF files: CRLF kept inside messages, the CRLF blank line before a separator dropped', () => {
    const text = mbox(3, '\r\n') + '';
    const r = splitMbox(enc(text));
    expect(r.count).toBe(3);
    r.messages.forEach((m, i) => expect(dec(m.data)).toBe(message(i, '\r\n')));
    const esc = splitMbox('From x Mon Jan  6 10:00:00 2025\r\nSubject: z\r\n\r\n>From here\r\n\r\n');
    expect(esc.messages[0]!.data).toBe('Subject: z\r\n\r\nFrom here\r\n');
    expect(esc.messages[0]!.separator).toBe('From x Mon Jan  6 10:00:00 2025');
  });

  it('no separator: one message, unchanged', () => {
    const eml = 'From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n\r\n';
    const r = splitMbox(enc(eml));
    expect(r.count).toBe(1);
    expect(r.messages[0]).toMatchObject({ index: 0, start: 0, offset: 0, end: eml.length, separator: null, envelopeSender: null, separatorDate: null, unescaped: 0 });
    expect(dec(r.messages[0]!.data)).toBe(eml);
    expect(looksLikeMbox(eml)).toBe(false);
    expect(looksLikeMbox(enc(mbox(1)))).toBe(true);
    expect(looksLikeMbox('\r\n\nFrom x y\n')).toBe(true);
    expect(looksLikeMbox('')).toBe(false);
  });

  it('a message before the first separator is kept', () => {
    const r = splitMbox('Subject: orphan\n\nbody\n\nFrom b@x Mon Jan  6 10:00:01 2025\nSubject: b\n\nb\n');
    expect(r.messages.map((m) => [m.separator === null, m.data])).toEqual([
      [true, 'Subject: orphan\n\nbody\n'],
      [false, 'Subject: b\n\nb\n'],
    ]);
  });

  it('empty and blank input → no messages; BOM and leading blank lines skipped', () => {
    expect(splitMbox('').count).toBe(0);
    expect(splitMbox(new Uint8Array(0)).messages).toEqual([]);
    expect(splitMbox('\n\r\n\n').count).toBe(0);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('\nFrom a@x Mon Jan  6 10:00:00 2025\nSubject: a\n\na\n')]);
    const r = splitMbox(bom);
    expect(r.count).toBe(1);
    expect(r.messages[0]!.start).toBe(4);
    expect(dec(r.messages[0]!.data)).toBe('Subject: a\n\na\n');
  });

  it('separators: bare "From ", no date, no final newline, UTF-8 sender', () => {
    const r = splitMbox(enc('From \nA: 1\n\nFrom MAILER-DAEMON\nB: 2\nFrom jörg@例え.jp Tue Jan  7 00:00:00 2025'));
    expect(r.messages.map((m) => [m.envelopeSender, m.separatorDate, dec(m.data)])).toEqual([
      [null, null, 'A: 1\n'],
      ['MAILER-DAEMON', null, 'B: 2\n'], // no blank line before the next separator: nothing trimmed
      ['jörg@例え.jp', 'Tue Jan  7 00:00:00 2025', ''],
    ]);
  });

  it('stops at maxMessages and says where to resume', () => {
    const text = mbox(10);
    const r = splitMbox(text, { maxMessages: 4 });
    expect(r.count).toBe(4);
    expect(r.truncated).toBe(true);
    expect(text.slice(r.resumeOffset).startsWith('From sender4@example.org ')).toBe(true);
    // resuming from there reads the rest
    const rest = splitMbox(text.slice(r.resumeOffset));
    expect(rest.count).toBe(6);
    expect(rest.messages[0]!.data).toBe(message(4));
    // nonsense limits fall back to the default ceiling
    expect(splitMbox(text, { maxMessages: -1 }).count).toBe(10);
    expect(splitMbox(text, { maxMessages: 1.5 }).count).toBe(10);
  });

  it(`never more than ${MAX_MBOX_MESSAGES} messages`, () => {
    const text = 'From x\n\n'.repeat(MAX_MBOX_MESSAGES + 5);
    const r = splitMbox(text, { maxMessages: 1e9 });
    expect(r.count).toBe(MAX_MBOX_MESSAGES);
    expect(r.truncated).toBe(true);
  });
});

describe('iterateMbox', () => {
  it('is lazy: the first messages of a large file come without scanning the rest', () => {
    const big = enc(mbox(20) + 'x'.repeat(30 * 1024 * 1024));
    const t0 = performance.now();
    const it = iterateMbox(big);
    const first = [it.next(), it.next(), it.next()];
    expectWithin(performance.now() - t0, 50);
    expect(first.map((r) => (r.done ? null : r.value.index))).toEqual([0, 1, 2]);
  });

  it('returns the summary when done', () => {
    const it = iterateMbox(mbox(2));
    expect(it.next().done).toBe(false);
    expect(it.next().done).toBe(false);
    const end = it.next();
    expect(end).toEqual({ done: true, value: { count: 2, truncated: false, resumeOffset: mbox(2).length } });
  });

  it('never throws, is linear, offsets are ordered and consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('From ', '>From ', '>>From ', '\n', '\r\n', 'x', ' ', '>', 'F', '\r'), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        const r = splitMbox(s);
        const b = splitMbox(enc(s));
        if (r.count !== b.count) return false;
        for (const m of r.messages) {
          if (m.start > m.offset || m.offset > m.end || m.end > s.length) return false;
          if (m.data.length !== m.end - m.offset - m.unescaped) return false;
        }
        return r.messages.every((m, k) => k === 0 || m.start >= r.messages[k - 1]!.end);
      }),
      { numRuns: 3000 },
    );
    expect(splitMbox(null as never).count).toBe(0);
    const t0 = Date.now();
    splitMbox('>'.repeat(5_000_000) + 'From \n' + '>From \n'.repeat(300_000));
    splitMbox(enc('\n'.repeat(3_000_000)));
    expectWithin(Date.now() - t0, 3000);
  });

  it.skipIf(!haveShared('conformance/dkim/dkimpy/message.mbox'))('dkimpy message.mbox (no separator line) is one message', () => {
    const b = readSharedBytes('conformance/dkim/dkimpy/message.mbox');
    const r = splitMbox(b);
    expect(r.count).toBe(1);
    expect(r.messages[0]!.data).toEqual(b);
  });
});
