// Outlook .msg reading: files built with the test-only CFB writer (tests/support/msg-writer.ts),
// read back; then a table of hostile files, each of which must be refused or read with problems,
// quickly and without throwing; then random damage (fast-check).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMsgFile, MAX_DIRECTORY_ENTRIES, MAX_MSG_BYTES, msgToMessage, readMsg, type MsgExtract } from '../../../src/lib/message/msg.ts';
import { splitMessage } from '../../../src/lib/message/raw.ts';
import {
  DIR_CHILD,
  DIR_LEFT,
  DIR_SIZE,
  DIR_SIZE_HIGH,
  DIR_START,
  ENDOFCHAIN,
  FREESECT,
  HDR_DIFAT_COUNT,
  HDR_DIR_SECTORS,
  HDR_FIRST_DIFAT,
  propertiesStream,
  substg,
  utf16le,
  writeCfb,
  type CfbFile,
  type CfbNode,
  type CfbWriteOptions,
} from '../../support/msg-writer.ts';
import { expectWithin } from '../../support/timing.ts';
import { seededRandom } from '../../support/random.ts';

const BOUND_MS = 200;
const UNICODE = 0x001f;
const STRING8 = 0x001e;

const HEADERS = [
  'Received: from mail.example.org (mail.example.org [192.0.2.10])',
  '\tby mx.example.net with ESMTPS id 4Yx1; Mon, 6 Jan 2025 10:00:02 +0000',
  'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.org;',
  ' dkim=pass header.d=example.org; dmarc=pass header.from=example.org',
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=s1;',
  ' h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA',
  'From: Alice Example <alice@example.org>',
  'To: bob@example.net',
  'Subject: Quarterly report',
  'Date: Mon, 6 Jan 2025 10:00:00 +0000',
  'Message-ID: <q1.2025@example.org>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset="utf-8"',
  '',
  '',
].join('\r\n');
const EVIL_HEADERS = 'Received: from attacker.invalid\r\nFrom: mallory@attacker.invalid\r\n\r\n';

function text(id: number, s: string, type = UNICODE): CfbNode {
  return { name: substg(id, type), data: type === UNICODE ? utf16le(s) : new TextEncoder().encode(s) };
}

interface MsgSpec {
  headers?: string | null;
  body?: string | null;
  /** a body of this many UTF-16 bytes instead of `body` */
  bodyBytes?: number;
  extra?: CfbNode[];
  props?: Array<{ tag: number; value: number }>;
}

function bodyOf(bytes: number): string {
  const line = 'The quarterly numbers are attached; ask me anything.\r\n';
  return line.repeat(Math.ceil(bytes / 2 / line.length)).slice(0, bytes / 2);
}

/** a top-level message, with a recipient, a named-property storage and an attachment holding an embedded message, all carrying decoy headers */
function msgNodes(spec: MsgSpec = {}): CfbNode[] {
  const nodes: CfbNode[] = [{ name: '__properties_version1.0', data: propertiesStream(spec.props ?? [{ tag: 0x3ffd0003, value: 1252 }]) }];
  if (spec.headers !== null) nodes.push(text(0x007d, spec.headers ?? HEADERS));
  const body = spec.bodyBytes !== undefined ? bodyOf(spec.bodyBytes) : spec.body;
  if (body !== null) nodes.push(text(0x1000, body ?? 'Hello Bob,\r\nsee attached.\r\n'));
  nodes.push(
    text(0x0037, 'Quarterly report'),
    text(0x0c1f, 'alice@example.org'),
    text(0x1035, '<q1.2025@example.org>'),
    { name: '__nameid_version1.0', children: [{ name: substg(0x0002, 0x0102), data: new Uint8Array(16) }] },
    { name: '__recip_version1.0_#00000000', children: [text(0x3001, 'Bob'), text(0x007d, EVIL_HEADERS)] },
    {
      name: '__attach_version1.0_#00000000',
      children: [
        text(0x3707, 'forwarded.msg'),
        text(0x007d, EVIL_HEADERS),
        {
          name: '__substg1.0_3701000D',
          children: [
            { name: '__properties_version1.0', data: new Uint8Array(24) },
            text(0x007d, EVIL_HEADERS),
            text(0x1000, 'embedded body'),
          ],
        },
      ],
    },
    ...(spec.extra ?? []),
  );
  return nodes;
}

/** an attachment whose data stream (PR_ATTACH_DATA_BIN) is 8 MB: never read, but it makes the file large */
function bigAttachment(): CfbNode {
  return { name: '__attach_version1.0_#00000001', children: [text(0x3707, 'big.bin'), { name: substg(0x3701, 0x0102), data: new Uint8Array(8 * 1024 * 1024).fill(0x41) }] };
}

function build(spec: MsgSpec = {}, opts: CfbWriteOptions = {}): CfbFile {
  return writeCfb(msgNodes(spec), opts);
}

const timings: string[] = [];
afterAll(() => console.log(`readMsg timings: ${timings.join('; ')}`));

/**
 * readMsg's result and time. The reader is pure and deterministic, so a run that exceeds the
 * bound is repeated (twice at most) and the fastest run counts: a GC pause for the test's own
 * garbage, or another process on a shared machine, is not the reader's cost.
 */
function timed(label: string | null, bytes: Uint8Array, bound = BOUND_MS) {
  let best = Infinity;
  let r!: ReturnType<typeof readMsg>;
  for (let run = 0; run < 3 && best >= bound; run++) {
    const t0 = performance.now();
    r = readMsg(bytes);
    best = Math.min(best, performance.now() - t0);
  }
  if (label !== null) timings.push(`${label} ${best.toFixed(1)} ms`);
  return { r, ms: best };
}

function okValue(r: ReturnType<typeof readMsg>): MsgExtract {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.value;
}

const DKIM_NOTE = /DKIM body hashes \(bh=\) will not match/;

describe('isMsgFile', () => {
  it.each([
    ['a written .msg', build().bytes, true],
    ['the 8-byte signature alone', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), true],
    ['7 bytes of it', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a]), false],
    ['an RFC 5322 message', new TextEncoder().encode('From: a@example.org\r\n\r\nhi'), false],
    ['empty', new Uint8Array(0), false],
    ['not bytes', 'D0CF11E0' as unknown as Uint8Array, false],
  ])('%s → %s', (_l, bytes, want) => {
    expect(isMsgFile(bytes)).toBe(want);
  });
});

describe('readMsg: written files', () => {
  const cases: Array<{ name: string; spec?: MsgSpec; opts?: CfbWriteOptions; check?: (f: CfbFile) => void }> = [
    { name: 'v3, every stream in the mini stream', check: (f) => expect(f.entry(substg(0x1000, UNICODE)).mini).toBe(true) },
    { name: 'v3, a 10 000-byte body in regular sectors', spec: { bodyBytes: 10_000 }, check: (f) => expect(f.entry(substg(0x1000, UNICODE)).mini).toBe(false) },
    { name: 'v3, a 4094-byte body: the largest mini stream', spec: { bodyBytes: 4094 }, check: (f) => expect(f.entry(substg(0x1000, UNICODE)).mini).toBe(true) },
    { name: 'v3, a 4096-byte body: the smallest regular stream', spec: { bodyBytes: 4096 }, check: (f) => expect(f.entry(substg(0x1000, UNICODE)).mini).toBe(false) },
    { name: 'v3, a 1 MB body', spec: { bodyBytes: 1024 * 1024 } },
    {
      name: 'v3, an 8 MB attachment: more FAT sectors than the header holds (DIFAT sectors)',
      spec: { extra: [bigAttachment()] },
      check: (f) => expect(f.difatSectors.length).toBeGreaterThan(0),
    },
    { name: 'v4 (4096-byte sectors), a 20 000-byte body', spec: { bodyBytes: 20_000 }, opts: { version: 4 }, check: (f) => expect(f.sectorSize).toBe(4096) },
    { name: 'v3, siblings as one long chain', opts: { siblings: 'chain' } },
    { name: 'v3, an empty body stream', spec: { body: '' } },
    { name: 'v3, headers with LF line ends', spec: { headers: HEADERS.replace(/\r\n/g, '\n') } },
  ];
  it.each(cases)('$name', ({ spec, opts, check }) => {
    const f = build(spec, opts);
    check?.(f);
    const { r, ms } = timed(`written ${f.bytes.length} B`, f.bytes);
    const v = okValue(r);
    expect(v.headers).toBe(spec?.headers ?? HEADERS);
    const body = spec?.bodyBytes !== undefined ? bodyOf(spec.bodyBytes) : (spec?.body ?? 'Hello Bob,\r\nsee attached.\r\n');
    expect(v.body).toBe(body);
    expect(v.subject).toBe('Quarterly report');
    expect(v.sender).toBe('alice@example.org');
    expect(v.messageId).toBe('<q1.2025@example.org>');
    expect(v.headers).not.toContain('attacker.invalid'); // the attachment's, recipient's and embedded message's 007D are not the message's
    expect(v.problems).toEqual([expect.stringMatching(DKIM_NOTE)]);
    expectWithin(ms, BOUND_MS);
  });

  it('only the attachment has transport headers: they are not taken', () => {
    const v = okValue(readMsg(build({ headers: null }).bytes));
    expect(v.headers).toBeNull();
    expect(v.body).toBe('Hello Bob,\r\nsee attached.\r\n');
    expect(v.problems).toEqual([expect.stringMatching(/Outlook did not keep the transport headers .*draft.*created or sent locally/)]);
    expect(msgToMessage(v)).toBeNull();
  });

  it('terminating NULs are removed from strings', () => {
    const f = writeCfb([
      { name: substg(0x007d, UNICODE), data: utf16le(HEADERS, true) },
      { name: substg(0x1000, UNICODE), data: utf16le('body', true) },
      { name: substg(0x1035, STRING8), data: new TextEncoder().encode('<id@example.org>\0') },
    ]);
    const v = okValue(readMsg(f.bytes));
    expect([v.headers, v.body, v.messageId]).toEqual([HEADERS, 'body', '<id@example.org>']);
  });

  it('PR_SENDER_SMTP_ADDRESS is preferred to an Exchange PR_SENDER_EMAIL_ADDRESS', () => {
    const f = writeCfb([text(0x007d, HEADERS), text(0x0c1f, '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ALICE'), text(0x5d01, 'alice@example.org')]);
    expect(okValue(readMsg(f.bytes)).sender).toBe('alice@example.org');
  });

  it('a Unicode stream is preferred to an 8-bit one of the same property', () => {
    const f = writeCfb([text(0x007d, HEADERS), text(0x0037, 'unicode'), text(0x0037, 'ansi', STRING8)]);
    expect(okValue(readMsg(f.bytes)).subject).toBe('unicode');
  });

  it('the high 32 bits of a v3 stream size are ignored, as [MS-CFB] 2.6.3 says', () => {
    const f = build();
    f.setDir(f.entry(substg(0x1000, UNICODE)).id, DIR_SIZE_HIGH, 0xdeadbeef);
    f.setDir(0, DIR_SIZE_HIGH, 0x1);
    const v = okValue(readMsg(f.bytes));
    expect(v.body).toBe('Hello Bob,\r\nsee attached.\r\n');
    expect(v.headers).toBe(HEADERS);
  });

  // 8-bit strings (PT_STRING8, type 001E) in the message code page
  const b = (...x: number[]) => new Uint8Array(x);
  const cp = (page: number) => [{ tag: 0x3ffd0003, value: page }];
  it.each([
    { name: 'no code page, UTF-8 bytes', props: [], data: new TextEncoder().encode('café ✓'), want: 'café ✓' },
    { name: 'no code page, windows-1252 bytes (0x80 is €)', props: [], data: b(0x63, 0x61, 0x66, 0xe9, 0x20, 0x80), want: 'café €' },
    { name: 'code page 1252, windows-1252 bytes', props: cp(1252), data: b(0x93, 0x71, 0x94, 0x20, 0x96), want: '\u201cq\u201d \u2013' },
    { name: 'code page 1252, but valid UTF-8', props: cp(1252), data: new TextEncoder().encode('naïve'), want: 'naïve' },
    { name: 'code page 1251 (Cyrillic)', props: cp(1251), data: b(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2), want: 'Привет' },
    { name: 'code page 932 (Shift_JIS)', props: cp(932), data: b(0x93, 0xfa, 0x96, 0x7b), want: '日本' },
    { name: 'PR_INTERNET_CPID when PR_MESSAGE_CODEPAGE is absent', props: [{ tag: 0x3fde0003, value: 1251 }], data: b(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2), want: 'Привет' },
    { name: 'an unknown code page falls back', props: cp(12345), data: new TextEncoder().encode('é'), want: 'é', problem: /code page 12345 is not known/ },
  ])('001E: $name', ({ props, data, want, problem }) => {
    const f = writeCfb([
      { name: '__properties_version1.0', data: propertiesStream(props) },
      { name: substg(0x007d, STRING8), data: new TextEncoder().encode(HEADERS) },
      { name: substg(0x0037, STRING8), data },
    ]);
    const v = okValue(readMsg(f.bytes));
    expect(v.headers).toBe(HEADERS);
    expect(v.subject).toBe(want);
    if (problem) expect(v.problems).toContainEqual(expect.stringMatching(problem));
  });

  it('an HTML-only message: no plain body, said so', () => {
    const f = writeCfb([text(0x007d, HEADERS), { name: substg(0x1013, 0x0102), data: new TextEncoder().encode('<p>hi</p>') }]);
    const v = okValue(readMsg(f.bytes));
    expect(v.body).toBeNull();
    expect(v.problems).toEqual([expect.stringMatching(/no plain-text body \(PR_BODY\), only an HTML or RTF one/), expect.stringMatching(/empty body.*DKIM body hashes \(bh=\) will not match/)]);
    expect(msgToMessage(v)).toBe(`${HEADERS.trimEnd()}\r\n\r\n`);
  });

  it('multipart headers over the plain rendering: the mismatch is said', () => {
    const h = HEADERS.replace('Content-Type: text/plain; charset="utf-8"', 'Content-Type: multipart/alternative; boundary="b1"');
    const v = okValue(readMsg(build({ headers: h }).bytes));
    expect(v.problems).toContainEqual(expect.stringMatching(/multipart or encoded body/));
  });
});

describe('msgToMessage', () => {
  const x = (headers: string | null, body: string | null): MsgExtract => ({ headers, body, subject: null, sender: null, messageId: null, problems: [] });
  it.each([
    { name: 'headers + CRLF CRLF + body', h: 'From: a@example.org\r\nTo: b@example.net\r\n\r\n', b: 'hi\r\n', want: 'From: a@example.org\r\nTo: b@example.net\r\n\r\nhi\r\n' },
    { name: 'LF and CR line ends become CRLF', h: 'From: a@example.org\nTo: b@example.net\rX: y\n', b: 'one\ntwo', want: 'From: a@example.org\r\nTo: b@example.net\r\nX: y\r\n\r\none\r\ntwo\r\n' },
    { name: 'no body', h: 'From: a@example.org', b: null, want: 'From: a@example.org\r\n\r\n' },
    { name: 'the Exchange "Microsoft Mail Internet Headers" line is dropped', h: 'Microsoft Mail Internet Headers Version 2.0\r\nFrom: a@example.org\r\n', b: 'x', want: 'From: a@example.org\r\n\r\nx\r\n' },
    { name: 'the header block ends at its first blank line', h: 'From: a@example.org\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n', b: 'x', want: 'From: a@example.org\r\n\r\nx\r\n' },
    { name: 'leading blank lines are dropped', h: '\r\n\r\nFrom: a@example.org\r\n', b: '', want: 'From: a@example.org\r\n\r\n' },
    { name: 'no headers → null', h: null, b: 'x', want: null },
    { name: 'blank headers → null', h: ' \r\n\r\n', b: 'x', want: null },
  ])('$name', ({ h, b, want }) => {
    expect(msgToMessage(x(h, b))).toBe(want);
  });

  it('never throws on junk', () => {
    expect(msgToMessage(null as unknown as MsgExtract)).toBeNull();
    expect(msgToMessage({ headers: 42 } as unknown as MsgExtract)).toBeNull();
  });

  it('a written .msg round-trips to a message the header splitter reads', () => {
    const text = msgToMessage(okValue(readMsg(build().bytes)))!;
    const m = splitMessage(new TextEncoder().encode(text));
    expect(m.headers.map((h) => h.key)).toEqual(['received', 'authentication-results', 'dkim-signature', 'from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type']);
    expect(m.junk).toEqual([]);
    expect(new TextDecoder().decode(m.body)).toBe('Hello Bob,\r\nsee attached.\r\n');
  });
});

// ---------------------------------------------------------------------------------------------
// hostile files

function randomBytes(n: number, seed: number): Uint8Array {
  const r = seededRandom(seed);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}
function patched(f: CfbFile, fn: (f: CfbFile) => void): Uint8Array {
  fn(f);
  return f.bytes;
}
const BODY = substg(0x1000, UNICODE);
const HDRS = substg(0x007d, UNICODE);

type Want = { fail: RegExp } | { problem: RegExp; check?: (v: MsgExtract) => void };

const hostile: Array<{ name: string; make: () => Uint8Array; want: Want | 'either' }> = [
  { name: 'a zero-length file', make: () => new Uint8Array(0), want: { fail: /empty/ } },
  { name: 'a truncated header (300 bytes)', make: () => build().bytes.slice(0, 300), want: { fail: /cut short.*512-byte header/ } },
  { name: 'the header alone', make: () => build().bytes.slice(0, 512), want: { fail: /no sector after its 512-byte header/ } },
  {
    name: 'wrong magic',
    make: () => {
      const b = build().bytes;
      b[7] = 0;
      return b;
    },
    want: { fail: /not an Outlook .msg file.*D0 CF 11 E0/ },
  },
  { name: '64 KB of random bytes', make: () => randomBytes(65536, 1), want: { fail: /not an Outlook .msg file/ } },
  {
    name: 'the signature, then 64 KB of random bytes',
    make: () => {
      const b = randomBytes(65536, 2);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      b[0x1e] = 9;
      b[0x1f] = 0;
      return b;
    },
    want: 'either',
  },
  {
    name: 'a file over 50 MB',
    make: () => {
      const b = new Uint8Array(MAX_MSG_BYTES + 1);
      b.set(build().bytes.subarray(0, 512));
      return b;
    },
    want: { fail: /larger than 50 MB are not read/ },
  },
  {
    name: 'a sector size of 2^7',
    make: () => {
      const b = build().bytes;
      b[0x1e] = 7;
      return b;
    },
    want: { fail: /sector size/ },
  },
  {
    name: 'FAT cycle: the body sector chain points to itself',
    make: () => patched(build({ bodyBytes: 10_000 }), (f) => f.setFat(f.entry(BODY).start, f.entry(BODY).start)),
    want: { problem: /plain-text body \(PR_BODY\) could not be read: its sector chain loops back on itself/, check: (v) => (expect(v.body).toBeNull(), expect(v.headers).toBe(HEADERS)) },
  },
  {
    name: 'FAT: the body chain points past the end of the file',
    make: () => patched(build({ bodyBytes: 10_000 }), (f) => f.setFat(f.entry(BODY).start, 0x00fffff0)),
    want: { problem: /sector chain points outside the file/, check: (v) => expect(v.body).toBeNull() },
  },
  {
    name: 'FAT: the body chain ends early',
    make: () => patched(build({ bodyBytes: 10_000 }), (f) => f.setFat(f.entry(BODY).sectors[3]!, ENDOFCHAIN)),
    want: { problem: /sector chain ends early/, check: (v) => expect(v.body).toBeNull() },
  },
  {
    name: 'FAT cycle in the directory chain (last directory sector → first)',
    make: () => patched(build(), (f) => f.setFat(f.dirSectors.at(-1)!, f.dirSectors[0]!)),
    want: { problem: /directory sector chain loops back on itself/, check: (v) => expect(v.headers).toBe(HEADERS) },
  },
  {
    name: 'directory sibling cycle (a leaf points back to the tree top)',
    make: () =>
      patched(build(), (f) => {
        const leaf = f.entries.find((e) => e.path === HDRS)!;
        f.setDir(leaf.id, DIR_LEFT, f.entries.find((e) => e.path === substg(0x0037, UNICODE))!.id);
        f.setDir(f.entries.find((e) => e.path === substg(0x0037, UNICODE))!.id, DIR_LEFT, leaf.id);
      }),
    want: { problem: /directory tree loops back on itself \(a sibling cycle\)/, check: (v) => expect(v.headers).toBe(HEADERS) },
  },
  {
    name: "the root's child is the root itself",
    make: () => patched(build(), (f) => f.setDir(0, DIR_CHILD, 0)),
    want: { fail: /not an Outlook message.*sibling cycle/ },
  },
  {
    name: 'directory pointers beyond the directory',
    make: () => patched(build(), (f) => f.setDir(f.entry(HDRS).id, DIR_LEFT, 0x7fff_0000)),
    want: { problem: /entries that are not in the directory/ },
  },
  {
    name: 'mini-FAT cycle: the headers mini chain points to itself',
    make: () => patched(build(), (f) => f.setMiniFat(f.entry(HDRS).start, f.entry(HDRS).start)),
    want: {
      problem: /transport headers \(PR_TRANSPORT_MESSAGE_HEADERS\) could not be read: its mini sector chain loops back on itself/,
      check: (v) => {
        expect(v.headers).toBeNull();
        expect(v.problems.join(' ')).not.toMatch(/did not keep/); // it was kept, but is damaged
        expect(v.body).toBe('Hello Bob,\r\nsee attached.\r\n');
      },
    },
  },
  {
    name: 'mini FAT chain cycle (its own sector chain)',
    make: () => patched(build({ extra: Array.from({ length: 40 }, (_, i) => text(0x8000 + i, 'x'.repeat(300))) }), (f) => f.setFat(f.miniFatSectors.at(-1)!, f.miniFatSectors[0]!)),
    want: { problem: /mini FAT's sector chain loops back on itself/ },
  },
  {
    name: 'a declared stream size of 4 GB (v3)',
    make: () => patched(build({ bodyBytes: 10_000 }), (f) => f.setDir(f.entry(BODY).id, DIR_SIZE, 0xffffffff)),
    want: { problem: /declares 4294967295 bytes, more than the whole file/, check: (v) => (expect(v.body).toBeNull(), expect(v.headers).toBe(HEADERS)) },
  },
  {
    name: 'a declared stream size of 4 GB + 10 000 (v4, high 32 bits)',
    make: () => patched(build({ bodyBytes: 10_000 }, { version: 4 }), (f) => f.setDir(f.entry(BODY).id, DIR_SIZE_HIGH, 1)),
    want: { problem: /declares 4294977296 bytes/, check: (v) => expect(v.body).toBeNull() },
  },
  {
    name: 'a mini stream (root entry) size of 4 GB',
    make: () => patched(build(), (f) => f.setDir(0, DIR_SIZE, 0xfffffff0)),
    want: { problem: /mini stream declares 4294967280 bytes/, check: (v) => expect(v.headers).toBeNull() },
  },
  {
    name: '200k directory entries (a 25 MB directory, one sibling chain)',
    make: () => {
      const nodes = msgNodes();
      for (let i = 0; i < 200_000; i++) nodes.push({ name: `x${i}`, data: new Uint8Array(0) });
      return writeCfb(nodes, { siblings: 'chain' }).bytes;
    },
    want: { problem: new RegExp(`more than ${MAX_DIRECTORY_ENTRIES} entries; only the first ${MAX_DIRECTORY_ENTRIES} were read`), check: (v) => expect(v.headers).toBe(HEADERS) },
  },
  {
    name: 'a v4 header claiming 0xFFFFFFFF directory sectors',
    make: () => patched(build({}, { version: 4 }), (f) => f.setU32(HDR_DIR_SECTORS, 0xffffffff)),
    want: { problem: /says the directory has 4294967295 sectors, but its chain has 1/, check: (v) => expect(v.headers).toBe(HEADERS) },
  },
  {
    name: 'DIFAT cycle: a DIFAT sector that points to itself',
    make: () =>
      patched(build({}, { extraSectors: 1 }), (f) => {
        const x = f.extraSectors[0]!;
        const o = f.sectorOffset(x);
        for (let i = 0; i < 127; i++) f.setU32(o + 4 * i, FREESECT);
        f.setU32(o + 4 * 127, x);
        f.setU32(HDR_FIRST_DIFAT, x);
        f.setU32(HDR_DIFAT_COUNT, 1000);
      }),
    want: { problem: /DIFAT sector chain .* loops back on itself/, check: (v) => expect(v.headers).toBe(HEADERS) },
  },
  {
    name: 'a DIFAT chain longer than the file needs',
    make: () =>
      patched(build({}, { extraSectors: 5 }), (f) => {
        f.extraSectors.forEach((x, k) => {
          const o = f.sectorOffset(x);
          for (let i = 0; i < 127; i++) f.setU32(o + 4 * i, FREESECT);
          f.setU32(o + 4 * 127, f.extraSectors[k + 1] ?? ENDOFCHAIN);
        });
        f.setU32(HDR_FIRST_DIFAT, f.extraSectors[0]!);
        f.setU32(HDR_DIFAT_COUNT, 5);
      }),
    want: { problem: /DIFAT sector chain .* is longer than a file of this size needs/, check: (v) => expect(v.headers).toBe(HEADERS) },
  },
  {
    name: 'DIFAT cycle in an 8 MB file whose FAT needs the DIFAT sector',
    make: () =>
      patched(build({ bodyBytes: 10_000, extra: [bigAttachment()] }), (f) => {
        const d = f.difatSectors[0]!;
        f.setU32(f.sectorOffset(d) + 4 * 127, d);
      }),
    want: { problem: /DIFAT sector chain .* loops back on itself/, check: (v) => (expect(v.body).toBe(bodyOf(10_000)), expect(v.headers).toBe(HEADERS)) },
  },
  {
    name: 'overlapping chains: four streams declaring the body sectors (memory stays within the file size)',
    make: () =>
      patched(build({ bodyBytes: 10_000 }), (f) => {
        const body = f.entry(BODY);
        for (const id of [0x0037, 0x0c1f, 0x1035]) {
          const e = f.entry(substg(id, UNICODE));
          f.setDir(e.id, DIR_START, body.start);
          f.setDir(e.id, DIR_SIZE, body.size);
        }
      }),
    want: { problem: /declare more bytes than the whole file holds \(their sector chains overlap\)/ },
  },
  {
    name: 'no usable FAT sector',
    make: () => patched(build(), (f) => f.setU32(0x4c, 0x00fffff0)),
    want: { fail: /names no FAT sector/ },
  },
  {
    name: 'the first directory entry is not the root',
    make: () => {
      const f = build();
      f.bytes[f.sectorOffset(f.dirSectors[0]!) + 0x42] = 1;
      return f.bytes;
    },
    want: { fail: /not the root storage/ },
  },
  {
    name: 'a compound file with no MAPI properties (a Word file)',
    make: () => writeCfb([{ name: 'WordDocument', data: new Uint8Array(5000) }, { name: '\u0001CompObj', data: new Uint8Array(100) }]).bytes,
    want: { fail: /not an Outlook message/ },
  },
  {
    name: 'two streams with the same name',
    make: () => writeCfb([text(0x007d, HEADERS), text(0x007d, 'From: second@example.org\r\n')]).bytes,
    want: { problem: /more than one stream named __substg1.0_007D001F/ },
  },
  {
    name: 'the file cut in the middle of the body',
    make: () => {
      const f = build({ bodyBytes: 10_000 });
      return f.bytes.slice(0, f.sectorOffset(f.entry(BODY).sectors[10]!) + 100);
    },
    want: { problem: /could not be read: its sector chain points outside the file/, check: (v) => expect(v.headers).toBe(HEADERS) },
  },
];

describe('readMsg: hostile files', () => {
  it.each(hostile)('$name', ({ name, make, want }) => {
    const bytes = make();
    let out: ReturnType<typeof timed> | undefined;
    expect(() => {
      out = timed(name.slice(0, 24), bytes);
    }).not.toThrow();
    const { r: res, ms } = out!;
    expectWithin(ms, BOUND_MS);
    if (want === 'either') return;
    if ('fail' in want) {
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error).toMatch(want.fail);
      return;
    }
    const v = okValue(res);
    expect(v.problems).toContainEqual(expect.stringMatching(want.problem));
    expect(v.problems.length).toBeLessThanOrEqual(50);
    want.check?.(v);
  });

  it.each([null, undefined, 'text', 42, {}, new ArrayBuffer(8), [0xd0, 0xcf]])('not a Uint8Array (%s) → ok:false', (x) => {
    const r = readMsg(x as unknown as Uint8Array);
    expect(r.ok).toBe(false);
  });
});

describe('readMsg: random damage (fast-check)', () => {
  const base = build({ bodyBytes: 6000, extra: [text(0x8001, 'y'.repeat(900))] });
  const special = fc.constantFrom(0, 1, 2, 0xfffffffa, 0xfffffffc, 0xfffffffd, 0xfffffffe, 0xffffffff, 0x7fffffff);
  const word = fc.oneof(special, fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 64 }));

  function check(bytes: Uint8Array): void {
    const { r, ms } = timed(null, bytes);
    expectWithin(ms, BOUND_MS);
    if (r.ok) {
      expect(r.value.problems.length).toBeLessThanOrEqual(50);
      for (const k of ['headers', 'body', 'subject', 'sender', 'messageId'] as const) expect(r.value[k] === null || typeof r.value[k] === 'string').toBe(true);
      const m = msgToMessage(r.value);
      expect(m === null || typeof m === 'string').toBe(true);
    } else expect(typeof r.error).toBe('string');
  }

  it('overwriting up to 16 uint32 fields with chain-like values never throws', () => {
    const words = base.bytes.length / 4;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: words - 1 }), word), { minLength: 1, maxLength: 16 }), (edits) => {
        const b = base.bytes.slice();
        const dv = new DataView(b.buffer);
        for (const [i, v] of edits) dv.setUint32(i * 4, v, true);
        check(b);
      }),
      { numRuns: 400, seed: 20250106 },
    );
  });

  it('edits aimed at the header, FAT, directory and mini FAT never throw', () => {
    const HEADER = -1;
    const hot = [HEADER, ...[...base.fatSectors, ...base.dirSectors, ...base.miniFatSectors].map((s) => base.sectorOffset(s))];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...hot), fc.integer({ min: 0, max: 127 }), word), { minLength: 1, maxLength: 12 }), (edits) => {
        const b = base.bytes.slice();
        const dv = new DataView(b.buffer);
        for (const [o, i, v] of edits) dv.setUint32(o === HEADER ? 0x1c + ((i * 4) % 484) : o + i * 4, v, true);
        check(b);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('every truncation never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.bytes.length }), (n) => check(base.bytes.slice(0, n))),
      { numRuns: 200, seed: 3 },
    );
  });
});
