import { describe, it, expect } from 'vitest';
import { normaliseInput } from '../../../src/lib/message/normalise.ts';
import { splitMessage, bytesToBinary } from '../../../src/lib/message/raw.ts';

const text = (b: Uint8Array) => bytesToBinary(b);

describe('paste normalisation', () => {
  const cases: { name: string; input: string; out: string; repairs: string[] }[] = [
    { name: 'CRLF kept', input: 'From: a@b.example\r\n\r\nhi\r\n', out: 'From: a@b.example\r\n\r\nhi\r\n', repairs: [] },
    { name: 'LF → CRLF', input: 'From: a@b.example\n\nhi\n', out: 'From: a@b.example\r\n\r\nhi\r\n', repairs: ['line-endings'] },
    { name: 'CR → CRLF', input: 'From: a@b.example\r\rhi\r', out: 'From: a@b.example\r\n\r\nhi\r\n', repairs: ['line-endings'] },
    { name: 'leading blank lines', input: '\n\n  \nFrom: a@b.example\n', out: 'From: a@b.example\r\n', repairs: ['line-endings', 'leading-blank'] },
    { name: 'mbox From line', input: 'From MAILER-DAEMON Sat May 18 05:22:57 2024\nFrom: a@b.example\n', out: 'From: a@b.example\r\n', repairs: ['line-endings', 'mbox-from'] },
    {
      name: 'lost indentation',
      input: 'Received: from x\nby mx.example with ESMTP;\nSat, 18 May 2024 05:22:57 +0000\nFrom: a@b.example\n',
      out: 'Received: from x\r\n by mx.example with ESMTP;\r\n Sat, 18 May 2024 05:22:57 +0000\r\nFrom: a@b.example\r\n',
      repairs: ['line-endings', 'lost-indentation'],
    },
    {
      name: 'Gmail show original preamble',
      input: 'Original Message\nMessage ID\t<x@y>\nCreated at:\tSat, 18 May 2024\nFrom:\tShop <a@b.example>\nSPF:\tPASS with IP 1.2.3.4 Learn more\nDownload Original\tCopy to clipboard\nReceived: from x\nFrom: a@b.example\n',
      out: 'Received: from x\r\nFrom: a@b.example\r\n',
      repairs: ['line-endings', 'gmail-preamble'],
    },
    { name: 'headers only without final newline', input: 'From: a@b.example', out: 'From: a@b.example\r\n', repairs: [] },
    { name: 'BOM removed', input: '\uFEFFFrom: a@b.example\r\n', out: 'From: a@b.example\r\n', repairs: [] },
  ];
  it.each(cases)('$name', ({ input, out, repairs }) => {
    const n = normaliseInput(input);
    expect(n.ok).toBe(true);
    expect(text(n.bytes)).toBe(out);
    expect(n.repairs.map((r) => r.code)).toEqual(repairs);
  });

  const bad: { name: string; input: string | Uint8Array; code: string }[] = [
    { name: 'empty', input: '', code: 'empty' },
    { name: 'whitespace', input: ' \n\t\n', code: 'empty' },
    { name: 'binary file', input: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), code: 'binary' },
    { name: 'no headers', input: 'hello there\nthis is not a message', code: 'no-headers' },
  ];
  it.each(bad)('rejects $name with a clear message', ({ input, code }) => {
    const n = normaliseInput(input);
    expect(n.ok).toBe(false);
    expect(n.problems[0]!.code).toBe(code);
    expect(n.problems[0]!.message.length).toBeGreaterThan(20);
  });

  it('names a header with a 100 KB line and goes on', () => {
    const n = normaliseInput(`From: a@b.example\nX-Long: ${'a'.repeat(100_000)}\nSubject: hi\n`);
    expect(n.ok).toBe(true);
    const p = n.problems.find((x) => x.code === 'long-header-line')!;
    expect(p.subject).toBe('X-Long');
    expect(splitMessage(n.bytes).headers.map((h) => h.name)).toEqual(['From', 'X-Long', 'Subject']);
  });

  it('keeps 8-bit bytes of a dropped file unchanged', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Subject: '), 0xe9, 0x0d, 0x0a]);
    const n = normaliseInput(bytes);
    expect(Array.from(n.bytes)).toEqual(Array.from(bytes));
  });

  // Outlook desktop's "Internet headers" box and Outlook on the web's "View message source":
  // headers only, Microsoft's own lines first, continuations with spaces, tabs, or none at all.
  const OUTLOOK = [
    'Received: from TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1::5) by',
    ' OS3P286MB5678.JPNP286.PROD.OUTLOOK.COM with HTTPS; Sat, 18 May 2024 05:23:01',
    ' +0000',
    'Authentication-Results: spf=pass (sender IP is 54.240.27.10)',
    ' smtp.mailfrom=ap-northeast-1.amazonses.com; dkim=pass (signature was verified)',
    ' header.d=example.jp;dmarc=pass action=none header.from=example.jp;compauth=pass',
    ' reason=100',
    'Received-SPF: Pass (protection.outlook.com: domain of',
    ' ap-northeast-1.amazonses.com designates 54.240.27.10 as permitted sender)',
    ' receiver=protection.outlook.com; client-ip=54.240.27.10;',
    ' helo=e27-10.smtp-out.ap-northeast-1.amazonses.com; pr=C',
    'From: Example Shop <info@example.jp>',
    'Subject: hi',
  ];
  const NAMES = ['Received', 'Authentication-Results', 'Received-SPF', 'From', 'Subject'];
  it.each([
    ['Outlook, spaces', OUTLOOK.join('\r\n'), []],
    ['Outlook, tabs', OUTLOOK.map((l) => l.replace(/^ /, '\t')).join('\n'), ['line-endings']],
    ['Outlook, indentation lost', OUTLOOK.map((l) => l.replace(/^ /, '')).join('\n'), ['line-endings', 'lost-indentation']],
    ['Outlook on the web, blank lines around', '\n\n' + OUTLOOK.join('\n') + '\n\n', ['line-endings', 'leading-blank']],
  ])('%s', (_name, input, repairs) => {
    const n = normaliseInput(input as string);
    expect(n.ok).toBe(true);
    expect(n.repairs.map((r) => r.code)).toEqual(repairs);
    const m = splitMessage(n.bytes);
    expect(m.headers.map((h) => h.name)).toEqual(NAMES);
    expect(m.junk).toEqual([]);
    expect(text(n.bytes)).toContain('client-ip=54.240.27.10;');
  });
});

// The repairs are written in the analysis's language (catalogue codes msg.repair.*), with the
// same counts as the English; the English sentences are those the report has always carried.
describe('paste repairs in both languages', () => {
  const GMAIL = 'Original Message\nMessage ID\t<x@y>\nCreated at:\tSat, 18 May 2024\nDownload Original\n';
  const cases: [string, string, string][] = [
    ['LF', 'From: a@b.example\n\nhi\n', 'Line endings were converted from LF to CRLF, as they are on the wire.'],
    ['CR', 'From: a@b.example\r\rhi\r', 'Line endings were converted from CR to CRLF, as they are on the wire.'],
    ['mixed', 'From: a@b.example\r\nTo: c@d.example\n\nhi\r\n', 'Mixed line endings were converted to CRLF, as they are on the wire.'],
    ['leading blank lines', '\r\n\r\n\r\nFrom: a@b.example\r\n', 'Removed 3 blank line(s) before the first header.'],
    ['Gmail preamble', (GMAIL + 'From: a@b.example\n').replace(/\n/g, '\r\n'), 'Removed the 4 lines of Gmail\'s "Show original" summary above the message.'],
    ['mbox From line', 'From MAILER-DAEMON Sat May 18 05:22:57 2024\r\nFrom: a@b.example\r\n', 'Removed the mbox "From " separator line at the top.'],
    ['indented block', '  From: a@b.example\r\n  To: c@d.example\r\n  Subject: hi\r\n', 'Removed the indentation common to 3 header lines.'],
    [
      'lost indentation',
      'Received: from x\r\nby mx.example with ESMTP;\r\nFrom: a@b.example\r\n',
      '1 line(s) in the header block did not start a header and were not indented; they were joined to the header above (continuation lines often lose their indentation when copied). If a DKIM signature covers those headers, it may now fail.',
    ],
  ];
  it.each(cases)('%s', (_name, input, english) => {
    const en = normaliseInput(input);
    const ja = normaliseInput(input, { lang: 'ja' });
    const last = (n: typeof en) => n.repairs[n.repairs.length - 1]!;
    expect(last(en).message).toBe(english);
    expect(ja.repairs.map((r) => r.code)).toEqual(en.repairs.map((r) => r.code));
    expect(last(ja).message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    expect(last(ja).message).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    // the same counts and names (LF, CR, CRLF)
    const data = (s: string) => (s.match(/\b(?:\d+|CRLF|CR|LF)\b/g) ?? []).sort();
    expect(data(last(ja).message)).toEqual(data(english));
  });
});
