// Outlook .msg files: an [MS-CFB] compound file (a small FAT file system in one file) whose root
// storage holds the message's MAPI properties as streams named "__substg1.0_XXXXYYYY" ([MS-OXMSG]
// section 2.1.3: XXXX the property id, YYYY the property type, both in hex).
// Only the transport headers, the plain-text body and a few display properties of the top-level
// message are read: the root storage's own streams. Recipient, attachment and named-property
// storages (and messages embedded in attachments) are never entered.
//
// Every input is treated as hostile. The reader never throws out of its public functions, reads
// at most MAX_MSG_BYTES, follows every sector chain at most as many steps as the file has sectors
// (and no further than the declared stream size needs), detects FAT, mini-FAT, DIFAT, directory
// chain and directory sibling-tree cycles with visited sets, reads at most MAX_DIRECTORY_ENTRIES
// directory entries, and refuses any stream that declares more bytes than the file holds. So time
// and memory are linear in the file size. Pure TypeScript: no Node built-ins, no Buffer.

/** Files larger than this are refused. */
export const MAX_MSG_BYTES = 50 * 1024 * 1024;
/** At most this many directory entries are read; entries past it are treated as missing. */
export const MAX_DIRECTORY_ENTRIES = 65_536;

export interface MsgExtract {
  /** PR_TRANSPORT_MESSAGE_HEADERS (0x007D): the RFC 5322 header block as received; null when not kept */
  headers: string | null;
  /** PR_BODY (0x1000): Outlook's plain-text body */
  body: string | null;
  /** PR_SUBJECT (0x0037) */
  subject: string | null;
  /** PR_SENDER_SMTP_ADDRESS (0x5D01) when present, else PR_SENDER_EMAIL_ADDRESS (0x0C1F), which may be an Exchange X.500 address */
  sender: string | null;
  /** PR_INTERNET_MESSAGE_ID (0x1035) */
  messageId: string | null;
  /** what was damaged, missing or cannot be trusted, in plain English */
  problems: string[];
}

export type MsgResult = { ok: true; value: MsgExtract } | { ok: false; error: string };

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_BYTES = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const NOSTREAM = 0xffffffff;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const ENTRY_BYTES = 128;
const HEADER_DIFAT_ENTRIES = 109;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;
/** a cap on problems kept, so a thoroughly broken file cannot grow the list */
const MAX_PROBLEMS = 50;

const PROP_HEADERS = 0x007d;
const PROP_BODY = 0x1000;
const PROP_SUBJECT = 0x0037;
const PROP_SENDER_EMAIL = 0x0c1f;
const PROP_SENDER_SMTP = 0x5d01;
const PROP_MESSAGE_ID = 0x1035;
const PROP_HTML = 0x1013;
const PROP_RTF = 0x1009;
const TAG_MESSAGE_CODEPAGE = 0x3ffd0003; // PR_MESSAGE_CODEPAGE, PT_LONG
const TAG_INTERNET_CPID = 0x3fde0003; // PR_INTERNET_CPID, PT_LONG
const PROPERTIES_STREAM = '__PROPERTIES_VERSION1.0';
/** the top-level message's property stream starts with a 32-byte header ([MS-OXMSG] 2.4.1.1) */
const PROPERTIES_HEADER = 32;
const PROPERTY_ENTRY = 16;

/** True when the bytes start with the compound-file signature D0 CF 11 E0 A1 B1 1A E1. Never throws. */
export function isMsgFile(bytes: Uint8Array): boolean {
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length < MAGIC.length) return false;
    for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * Read the transport headers, plain body, subject, sender and Message-ID of the top-level message
 * of an Outlook .msg file. { ok: false } when the file is not a readable compound file or holds no
 * MAPI properties; otherwise { ok: true } with whatever could be read and `problems` saying what
 * could not. Never throws; time and memory are bounded by the file size (at most MAX_MSG_BYTES).
 */
export function readMsg(bytes: Uint8Array): MsgResult {
  try {
    return read(bytes);
  } catch (e) {
    // not expected: every read is bounds-checked; kept so that no input can throw out of here
    return { ok: false, error: `The .msg file could not be read (${e instanceof Error ? e.message : 'unexpected error'}).` };
  }
}

/**
 * RFC 5322 text to analyse: the transport headers + CRLF CRLF + the plain body, with line ends made
 * CRLF. A leading "Microsoft Mail Internet Headers Version 2.0" line is dropped, and the header block
 * ends at its first blank line (some files keep a MIME part's headers after it). The body is Outlook's
 * re-rendering, not the bytes that were sent, so DKIM body hashes will not match it (readMsg says so
 * in `problems`). null when there are no transport headers. Never throws.
 */
export function msgToMessage(x: MsgExtract): string | null {
  try {
    if (!x || typeof x.headers !== 'string') return null;
    let h = crlf(x.headers);
    h = h.replace(/^Microsoft Mail Internet Headers Version 2\.0\r\n/i, '');
    let start = 0;
    while (h.startsWith('\r\n', start)) start += 2;
    const blank = h.indexOf('\r\n\r\n', start);
    h = h.slice(start, blank >= 0 ? blank : h.length);
    h = trimEnd(h);
    if (h === '') return null;
    let body = typeof x.body === 'string' ? crlf(x.body) : '';
    if (body !== '' && !body.endsWith('\r\n')) body += '\r\n';
    return `${h}\r\n\r\n${body}`;
  } catch {
    return null;
  }
}

function crlf(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '\r\n');
}

/** trailing CR, LF, space and tab removed (a loop: a regex anchored at $ can backtrack badly) */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (c !== 0x0d && c !== 0x0a && c !== 0x20 && c !== 0x09) break;
    e--;
  }
  return s.slice(0, e);
}

// ---------------------------------------------------------------------------------------------
// Compound file

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

interface Cfb {
  b: Uint8Array;
  /** sector size: 512 (version 3) or 4096 (version 4) */
  ss: number;
  v3: boolean;
  /** sectors in the file after the header (a partial last sector counts) */
  nSectors: number;
  fat: Uint32Array;
  dirSectors: number[];
  entryCount: number;
  /** the root entry's stream: the regular sectors that hold the mini stream, and its size */
  miniStreamSectors: number[] | null;
  miniStreamSize: number;
  miniFat: Uint32Array | null;
  /** bytes that streams may still be read into: the file size in all (chains of a sound file never overlap) */
  budget: number;
  problems: ProblemList;
}

/** a problem list that keeps each sentence once, and at most MAX_PROBLEMS of them */
class ProblemList {
  readonly list: string[] = [];
  add(p: string): void {
    if (this.list.length < MAX_PROBLEMS && !this.list.includes(p)) this.list.push(p);
  }
}

function u16(b: Uint8Array, o: number): number {
  return o >= 0 && o + 2 <= b.length ? b[o]! | (b[o + 1]! << 8) : 0;
}

/** a little-endian uint32; FREESECT (nothing) when it lies outside the file */
function u32(b: Uint8Array, o: number): number {
  return o >= 0 && o + 4 <= b.length ? (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0 : FREESECT;
}

function sectorOffset(c: { ss: number }, n: number): number {
  return (n + 1) * c.ss;
}

function fail(error: string): MsgResult {
  return { ok: false, error };
}

type Stop = 'end' | 'limit' | 'cycle' | 'outside' | 'free';

/**
 * Follow a chain through `table` from `start`, taking at most `maxSteps` sectors, each below
 * `limit`. A visited set stops cycles; `stop` says why the walk ended.
 */
function follow(table: Uint32Array, start: number, limit: number, maxSteps: number): { sectors: number[]; stop: Stop } {
  const sectors: number[] = [];
  const seen = new Set<number>();
  let cur = start;
  while (sectors.length < maxSteps) {
    if (cur === ENDOFCHAIN) return { sectors, stop: 'end' };
    if (cur === FREESECT) return { sectors, stop: 'free' };
    if (cur >= limit || cur >= table.length) return { sectors, stop: 'outside' };
    if (seen.has(cur)) return { sectors, stop: 'cycle' };
    seen.add(cur);
    sectors.push(cur);
    cur = table[cur]!;
  }
  return { sectors, stop: cur === ENDOFCHAIN ? 'end' : 'limit' };
}

function stopText(stop: Stop): string {
  switch (stop) {
    case 'cycle':
      return 'loops back on itself (a cycle)';
    case 'outside':
      return 'points outside the file';
    case 'free':
      return 'runs into a sector marked free';
    case 'limit':
      return 'is longer than the file allows';
    default:
      return 'ends early';
  }
}

function read(bytes: Uint8Array): MsgResult {
  const problems = new ProblemList();
  const h = readHeader(bytes, problems);
  if (typeof h === 'string') return fail(h);
  const fat = readFat(bytes, h, problems);
  if (typeof fat === 'string') return fail(fat);
  const dir = readDirectory(bytes, h, fat, problems);
  if (typeof dir === 'string') return fail(dir);
  const s: RootStreams = { c: dir.c, root: dir.root, top: readRootStreams(dir.c, dir.root) };
  const notMessage = checkMessage(s);
  if (notMessage !== null) return fail(notMessage);
  const codepage = readCodepage(s);
  const headers = extractTransportHeaders(s, codepage);
  const body = prop(s, codepage, PROP_BODY, 'plain-text body (PR_BODY)');
  const subject = prop(s, codepage, PROP_SUBJECT, 'subject (PR_SUBJECT)');
  const sender =
    nonEmpty(prop(s, codepage, PROP_SENDER_SMTP, 'sender address (PR_SENDER_SMTP_ADDRESS)')) ??
    prop(s, codepage, PROP_SENDER_EMAIL, 'sender address (PR_SENDER_EMAIL_ADDRESS)');
  const messageId = prop(s, codepage, PROP_MESSAGE_ID, 'Message-ID (PR_INTERNET_MESSAGE_ID)');
  explainGaps(s, headers, body);
  return { ok: true, value: { headers, body, subject, sender, messageId, problems: problems.list } };
}

/** what the header says about the file's layout */
interface Header {
  /** log2 of the sector size: 9 or 12 */
  shift: number;
  /** sector size: 512 or 4096 */
  ss: number;
  /** sectors in the file after the header (a partial last sector counts) */
  nSectors: number;
}

/** The size and signature checks, then the header ([MS-CFB] 2.2): its layout, or why the file cannot be read. */
function readHeader(bytes: Uint8Array, problems: ProblemList): Header | string {
  if (!(bytes instanceof Uint8Array)) return 'No file contents were given.';
  if (bytes.length === 0) return 'The file is empty.';
  if (bytes.length > MAX_MSG_BYTES) {
    return `The file is ${(bytes.length / 1048576).toFixed(1)} MB; .msg files larger than ${MAX_MSG_BYTES / 1048576} MB are not read.`;
  }
  if (!isMsgFile(bytes)) return 'This is not an Outlook .msg file: it does not start with the compound-file signature D0 CF 11 E0 A1 B1 1A E1.';
  if (bytes.length < HEADER_BYTES) return `The .msg file is cut short: it has ${bytes.length} bytes, less than its 512-byte header.`;
  const b = bytes;

  // header ([MS-CFB] 2.2)
  const major = u16(b, 0x1a);
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return `The .msg file's header is damaged: its sector size (2^${shift}) is neither 512 nor 4096 bytes.`;
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) {
    problems.add(`The compound file header says version ${major} with ${1 << shift}-byte sectors; read with ${1 << shift}-byte sectors.`);
  }
  if (u16(b, 0x1c) !== 0xfffe) problems.add('The compound file header has a wrong byte-order mark; read as little-endian.');
  if (u16(b, 0x20) !== 6) problems.add('The compound file header has a wrong mini sector size; read with 64-byte mini sectors.');
  if (u32(b, 0x38) !== MINI_CUTOFF) problems.add('The compound file header has a wrong mini stream cutoff; read with 4096 bytes.');
  const ss = 1 << shift;
  if (b.length <= ss) return `The .msg file is cut short: it has ${b.length} bytes and no sector after its ${ss}-byte header.`;
  const nSectors = Math.ceil((b.length - ss) / ss);
  return { shift, ss, nSectors };
}

/** FAT sector locations: the header's 109 DIFAT entries, then the DIFAT sector chain. Each sector at most once, at most as many as the file needs. */
function readDifat(b: Uint8Array, h: Header, problems: ProblemList): number[] {
  const { ss, nSectors } = h;
  const perSector = ss / 4;
  const c0 = { ss };
  const fatNeeded = Math.ceil(nSectors / perSector); // FAT sectors needed to describe every sector of the file
  const fatSectors: number[] = [];
  const fatSeen = new Set<number>();
  let badFatSector = false;
  const addFatSector = (s: number) => {
    if (s === FREESECT || s === ENDOFCHAIN || fatSectors.length >= fatNeeded) return;
    if (s >= nSectors || fatSeen.has(s)) {
      badFatSector = true;
      return;
    }
    fatSeen.add(s);
    fatSectors.push(s);
  };
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) addFatSector(u32(b, 0x4c + 4 * i));
  let difat = u32(b, 0x44);
  const difatSeen = new Set<number>();
  // DIFAT sectors this file can need, plus one so that a short cycle is still seen
  const difatMax = Math.max(0, Math.ceil((fatNeeded - HEADER_DIFAT_ENTRIES) / (perSector - 1))) + 1;
  while (difat !== ENDOFCHAIN && difat !== FREESECT) {
    if (difat >= nSectors) {
      problems.add('The DIFAT sector chain (where the FAT is located) points outside the file; the rest of it was not read.');
      break;
    }
    if (difatSeen.has(difat)) {
      problems.add('The DIFAT sector chain (where the FAT is located) loops back on itself (a cycle); it was read once.');
      break;
    }
    if (difatSeen.size >= difatMax) {
      problems.add('The DIFAT sector chain (where the FAT is located) is longer than a file of this size needs; the rest of it was not read.');
      break;
    }
    difatSeen.add(difat);
    const o = sectorOffset(c0, difat);
    for (let i = 0; i < perSector - 1; i++) addFatSector(u32(b, o + 4 * i));
    difat = u32(b, o + 4 * (perSector - 1));
  }
  if (badFatSector) problems.add('Some FAT sector locations point outside the file or repeat; they were ignored.');
  return fatSectors;
}

/** The FAT, read from the sectors the DIFAT names; or why it cannot be. */
function readFat(b: Uint8Array, h: Header, problems: ProblemList): Uint32Array | string {
  const fatSectors = readDifat(b, h, problems);
  if (fatSectors.length === 0) return 'The .msg file is damaged: it names no FAT sector, so none of its streams can be found.';
  const perSector = h.ss / 4;
  const fat = new Uint32Array(fatSectors.length * perSector).fill(FREESECT);
  for (let k = 0; k < fatSectors.length; k++) {
    const o = sectorOffset(h, fatSectors[k]!);
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = u32(b, o + 4 * i);
  }
  return fat;
}

/** The directory chain (at most MAX_DIRECTORY_ENTRIES entries) and its root entry; or why they cannot be read. */
function readDirectory(b: Uint8Array, h: Header, fat: Uint32Array, problems: ProblemList): { c: Cfb; root: DirEntry } | string {
  const { shift, ss, nSectors } = h;
  const perDirSector = ss / ENTRY_BYTES;
  const maxDirSectors = Math.ceil(MAX_DIRECTORY_ENTRIES / perDirSector);
  const dir = follow(fat, u32(b, 0x30), nSectors, maxDirSectors);
  if (dir.sectors.length === 0) return `The .msg file is damaged: its directory chain ${stopText(dir.stop)}, so none of its streams can be found.`;
  if (shift === 12 && u32(b, 0x28) !== dir.sectors.length && dir.stop === 'end') {
    problems.add(`The compound file header says the directory has ${u32(b, 0x28)} sectors, but its chain has ${dir.sectors.length}; the chain was read.`);
  }
  if (dir.stop === 'limit') problems.add(`The directory has more than ${MAX_DIRECTORY_ENTRIES} entries; only the first ${MAX_DIRECTORY_ENTRIES} were read.`);
  else if (dir.stop !== 'end') problems.add(`The directory sector chain ${stopText(dir.stop)}; the entries before that were read.`);
  const c: Cfb = {
    b,
    ss,
    v3: shift === 9,
    nSectors,
    fat,
    dirSectors: dir.sectors,
    entryCount: Math.min(dir.sectors.length * perDirSector, MAX_DIRECTORY_ENTRIES),
    miniStreamSectors: null,
    miniStreamSize: 0,
    miniFat: null,
    budget: b.length,
    problems,
  };
  const root = entry(c, 0);
  if (!root || root.type !== TYPE_ROOT) return 'The .msg file is damaged: its first directory entry is not the root storage.';
  return { c, root };
}

/** The mini stream (held by the root entry) and mini FAT, into `c`: read lazily, only when a small stream is, and once. */
function readMiniStream(c: Cfb, root: DirEntry): void {
  if (c.miniFat) return;
  const { b, fat, nSectors, ss, problems } = c;
  const perSector = ss / 4;
  c.miniFat = new Uint32Array(0);
  c.miniStreamSectors = [];
  if (root.size > b.length) {
    problems.add(`The mini stream declares ${root.size} bytes, more than the whole file; small streams cannot be read.`);
    return;
  }
  const ms = follow(fat, root.start, nSectors, Math.ceil(root.size / ss));
  if (ms.sectors.length < Math.ceil(root.size / ss)) problems.add(`The mini stream's sector chain ${stopText(ms.stop)}; small streams past that cannot be read.`);
  c.miniStreamSectors = ms.sectors;
  c.miniStreamSize = Math.min(root.size, ms.sectors.length * ss);
  const mf = follow(fat, u32(b, 0x3c), nSectors, nSectors);
  if (mf.stop !== 'end') problems.add(`The mini FAT's sector chain ${stopText(mf.stop)}; the part before that was read.`);
  const t = new Uint32Array(mf.sectors.length * perSector);
  for (let k = 0; k < mf.sectors.length; k++) {
    const o = sectorOffset(c, mf.sectors[k]!);
    for (let i = 0; i < perSector; i++) t[k * perSector + i] = u32(b, o + 4 * i);
  }
  c.miniFat = t;
}

/** The root storage's own property streams (names starting "__"), by upper-cased name. */
function readRootStreams(c: Cfb, root: DirEntry): Map<string, DirEntry> {
  const { b, problems } = c;
  // the root storage's own children: an iterative walk of its sibling tree with a visited set
  const top = new Map<string, DirEntry>();
  const visited = new Uint8Array(c.entryCount); // every id below entryCount is visited at most once: the walk is bounded
  visited[0] = 1;
  const stack: number[] = [root.child];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === NOSTREAM) continue;
    const o = entryOffset(c, id);
    if (o < 0) {
      problems.add('The directory tree points to entries that are not in the directory; they were skipped.');
      continue;
    }
    if (visited[id]) {
      problems.add('The directory tree loops back on itself (a sibling cycle); each entry was read once.');
      continue;
    }
    visited[id] = 1;
    stack.push(u32(b, o + 0x48), u32(b, o + 0x44)); // right, left
    // only streams whose names start with "__" (property streams) are of interest
    if (b[o + 0x42] !== TYPE_STREAM || u16(b, o) !== 0x5f || u16(b, o + 2) !== 0x5f) continue;
    const e = entry(c, id)!;
    const key = e.name.toUpperCase();
    if (top.has(key)) problems.add(`The message has more than one stream named ${e.name}; the first was read.`);
    else top.set(key, e);
  }
  return top;
}

/** the compound file, its root entry, and the root storage's property streams by upper-cased name */
interface RootStreams {
  c: Cfb;
  root: DirEntry;
  top: Map<string, DirEntry>;
}

/** null when the root storage holds MAPI property streams; otherwise why the file is not an Outlook message. */
function checkMessage(s: RootStreams): string | null {
  let isMessage = s.top.has(PROPERTIES_STREAM);
  for (const k of s.top.keys()) if (k.startsWith('__SUBSTG1.0_')) isMessage = true;
  if (isMessage) return null;
  const problems = s.c.problems;
  const why = problems.list.length > 0 ? ` ${problems.list[0]}` : '';
  return `This compound file is not an Outlook message: its root storage has no MAPI property streams (it may be a Word or Excel file, or badly damaged).${why}`;
}

/** a stream's bytes; null, with a problem naming `what`, when it cannot be read */
function streamData(s: RootStreams, e: DirEntry, what: string): Uint8Array | null {
  const r = readStream(s.c, e, s.root);
  if (typeof r === 'string') {
    s.c.problems.add(`The ${what} could not be read: ${r}.`);
    return null;
  }
  return r;
}

/** code page of 8-bit strings: PR_MESSAGE_CODEPAGE, else PR_INTERNET_CPID, from the property stream */
function readCodepage(s: RootStreams): number | null {
  let codepage: number | null = null;
  const propsEntry = s.top.get(PROPERTIES_STREAM);
  if (propsEntry) {
    const p = streamData(s, propsEntry, 'property stream (__properties_version1.0)');
    if (p) {
      let cpid: number | null = null;
      for (let o = PROPERTIES_HEADER; o + PROPERTY_ENTRY <= p.length; o += PROPERTY_ENTRY) {
        const tag = u32(p, o);
        if (tag === TAG_MESSAGE_CODEPAGE) codepage = u32(p, o + 8);
        else if (tag === TAG_INTERNET_CPID) cpid = u32(p, o + 8);
      }
      codepage ??= cpid;
    }
  }
  return codepage;
}

/** string property `id`: the UTF-16 stream, else the 8-bit one in `codepage`; null when neither can be read */
function prop(s: RootStreams, codepage: number | null, id: number, what: string): string | null {
  const hex = id.toString(16).toUpperCase().padStart(4, '0');
  const wide = s.top.get(`__SUBSTG1.0_${hex}001F`);
  if (wide) {
    const d = streamData(s, wide, what);
    if (d) return utf16(d);
  }
  const narrow = s.top.get(`__SUBSTG1.0_${hex}001E`);
  if (narrow) {
    const d = streamData(s, narrow, what);
    if (d) return decode8(d, codepage, s.c.problems);
  }
  return null;
}

/** PR_TRANSPORT_MESSAGE_HEADERS; null (with a problem) when stored but blank */
function extractTransportHeaders(s: RootStreams, codepage: number | null): string | null {
  const headers = prop(s, codepage, PROP_HEADERS, 'transport headers (PR_TRANSPORT_MESSAGE_HEADERS)');
  if (headers !== null && headers.trim() === '') {
    s.c.problems.add('The transport headers (PR_TRANSPORT_MESSAGE_HEADERS) stored in this .msg file are empty.');
    return null;
  }
  return headers;
}

/** The problems that say what the rebuilt message lacks: missing headers or body, and why DKIM body hashes will not match. */
function explainGaps(s: RootStreams, headers: string | null, body: string | null): void {
  const { top } = s;
  const problems = s.c.problems;
  // a stored but unreadable stream has its own problem already
  const headersStored = top.has('__SUBSTG1.0_007D001F') || top.has('__SUBSTG1.0_007D001E');
  if (headers === null && !headersStored) {
    problems.add(
      'Outlook did not keep the transport headers (PR_TRANSPORT_MESSAGE_HEADERS) in this .msg file: it is probably a draft, a message created or sent locally, or a copy from Sent Items, so there are no Received, DKIM-Signature or Authentication-Results headers to check.',
    );
  }
  if (body === null) {
    const other = [PROP_HTML, PROP_RTF].some((id) => {
      const hex = id.toString(16).toUpperCase().padStart(4, '0');
      for (const k of top.keys()) if (k.startsWith(`__SUBSTG1.0_${hex}`)) return true;
      return false;
    });
    problems.add(other ? 'The message has no plain-text body (PR_BODY), only an HTML or RTF one, which is not read.' : 'The message has no plain-text body (PR_BODY).');
  }
  if (headers !== null) {
    problems.add(
      body !== null
        ? "The body is Outlook's plain-text rendering (PR_BODY), not the bytes that were sent: DKIM body hashes (bh=) will not match it, so a DKIM signature that passed on delivery fails its body hash here. Checks that use only the headers (SPF, alignment, Authentication-Results) are unaffected."
        : 'The rebuilt message has an empty body, not the bytes that were sent: DKIM body hashes (bh=) will not match it, so a DKIM signature that passed on delivery fails its body hash here. Checks that use only the headers (SPF, alignment, Authentication-Results) are unaffected.',
    );
    if (body !== null && /^content-(?:type:[ \t]*multipart\/|transfer-encoding:[ \t]*(?:base64|quoted-printable))/im.test(headers)) {
      problems.add('The headers describe a multipart or encoded body, but Outlook kept only a plain-text rendering: the headers and the body of the rebuilt message do not match.');
    }
  }
}

function nonEmpty(s: string | null): string | null {
  return s !== null && s.trim() !== '' ? s : null;
}

/** Where directory entry `id` starts in the file; -1 when it is not in the directory (or cut off by the end of the file). */
function entryOffset(c: Cfb, id: number): number {
  if (id >= c.entryCount) return -1;
  const per = c.ss / ENTRY_BYTES;
  const o = sectorOffset(c, c.dirSectors[Math.floor(id / per)]!) + (id % per) * ENTRY_BYTES;
  return o + ENTRY_BYTES > c.b.length ? -1 : o;
}

/** Directory entry `id`, or null when it is not in the directory (or cut off by the end of the file). */
function entry(c: Cfb, id: number): DirEntry | null {
  const o = entryOffset(c, id);
  if (o < 0) return null;
  const b = c.b;
  const nameLen = u16(b, o + 0x40);
  const max = nameLen >= 2 && nameLen <= 64 && nameLen % 2 === 0 ? nameLen / 2 - 1 : 31;
  let name = '';
  for (let i = 0; i < max; i++) {
    const ch = u16(b, o + 2 * i);
    if (ch === 0) break;
    name += String.fromCharCode(ch);
  }
  const lo = u32(b, o + 0x78);
  const hi = u32(b, o + 0x7c);
  // version 3: the high 32 bits are to be ignored (some writers left them uninitialised; [MS-CFB] 2.6.3)
  const size = c.v3 ? lo : hi * 0x1_0000_0000 + lo;
  return {
    name,
    type: b[o + 0x42]!,
    left: u32(b, o + 0x44),
    right: u32(b, o + 0x48),
    child: u32(b, o + 0x4c),
    start: u32(b, o + 0x74),
    size,
  };
}

/** The stream's bytes, or a reason it cannot be read. Never reads more than the declared size. */
function readStream(c: Cfb, e: DirEntry, root: DirEntry): Uint8Array | string {
  const b = c.b;
  if (e.size > b.length) return `it declares ${e.size} bytes, more than the whole file (${b.length} bytes)`;
  if (e.size === 0) return new Uint8Array(0);
  if (e.size > c.budget) return 'the streams read so far and this one declare more bytes than the whole file holds (their sector chains overlap)';
  c.budget -= e.size;
  const out = new Uint8Array(e.size);
  if (e.size < MINI_CUTOFF) {
    readMiniStream(c, root);
    const ms = c.miniStreamSectors!;
    const need = Math.ceil(e.size / MINI_SECTOR);
    const limit = Math.floor(c.miniStreamSize / MINI_SECTOR);
    const chain = follow(c.miniFat!, e.start, limit, need);
    if (chain.sectors.length < need) return `its mini sector chain ${stopText(chain.stop)}`;
    let pos = 0;
    for (const m of chain.sectors) {
      const at = m * MINI_SECTOR;
      const o = sectorOffset(c, ms[Math.floor(at / c.ss)]!) + (at % c.ss);
      pos = copy(b, o, MINI_SECTOR, out, pos);
    }
    return out;
  }
  const need = Math.ceil(e.size / c.ss);
  const chain = follow(c.fat, e.start, c.nSectors, need);
  if (chain.sectors.length < need) return `its sector chain ${stopText(chain.stop)}`;
  // runs of consecutive sectors (the usual layout) are copied in one go
  let pos = 0;
  const list = chain.sectors;
  for (let i = 0; i < list.length; ) {
    let j = i + 1;
    while (j < list.length && list[j] === list[j - 1]! + 1) j++;
    pos = copy(b, sectorOffset(c, list[i]!), (j - i) * c.ss, out, pos);
    i = j;
  }
  return out;
}

/** copy up to `len` bytes from b[o..] into out[pos..], clamped to both ends; the new position */
function copy(b: Uint8Array, o: number, len: number, out: Uint8Array, pos: number): number {
  const n = Math.min(len, out.length - pos);
  if (n <= 0) return pos;
  const src = b.subarray(Math.min(o, b.length), Math.min(o + n, b.length));
  out.set(src, pos); // bytes past the end of a cut-short file stay zero
  return pos + n;
}

// ---------------------------------------------------------------------------------------------
// Strings

const UTF16 = new TextDecoder('utf-16le');
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

function stripNuls(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0) e--;
  return s.slice(0, e);
}

function utf16(d: Uint8Array): string {
  return stripNuls(UTF16.decode(d.subarray(0, d.length & ~1)));
}

// windows-1252 bytes 0x80-0x9F, decoded here: Node's TextDecoder maps them to C1 controls (nodejs/node#60888)
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function cp1252(d: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < d.length; i += CHUNK) {
    const n = Math.min(CHUNK, d.length - i);
    const codes = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const x = d[i + j]!;
      codes[j] = x >= 0x80 && x < 0xa0 ? CP1252_C1[x - 0x80]! : x;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Windows code page ids and their WHATWG Encoding labels (those not handled as windows-1252) */
const CODEPAGES: Record<number, string> = {
  65001: 'utf-8',
  874: 'windows-874',
  866: 'ibm866',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  20866: 'koi8-r',
  21866: 'koi8-u',
  20936: 'gbk',
  28592: 'iso-8859-2',
  28593: 'iso-8859-3',
  28594: 'iso-8859-4',
  28595: 'iso-8859-5',
  28596: 'iso-8859-6',
  28597: 'iso-8859-7',
  28598: 'iso-8859-8',
  28599: 'windows-1254',
  28603: 'iso-8859-13',
  28605: 'iso-8859-15',
  50220: 'iso-2022-jp',
  50221: 'iso-2022-jp',
  50222: 'iso-2022-jp',
  51932: 'euc-jp',
  51949: 'euc-kr',
  54936: 'gb18030',
};
/** code pages read as windows-1252 (WHATWG maps US-ASCII and ISO-8859-1 to it too) */
const CP1252_PAGES = new Set([1252, 20127, 28591]);

/**
 * An 8-bit string property (PT_STRING8) in the message's code page. With no code page, or
 * windows-1252, bytes that are valid UTF-8 are read as UTF-8 (raw UTF-8 headers are common);
 * otherwise windows-1252.
 */
function decode8(d: Uint8Array, codepage: number | null, problems: ProblemList): string {
  let e = d.length;
  while (e > 0 && d[e - 1] === 0) e--;
  const s = d.subarray(0, e);
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return cp1252(s);
  const label = codepage === null ? undefined : CODEPAGES[codepage];
  if (label) {
    try {
      return new TextDecoder(label).decode(s);
    } catch {
      problems.add(`The message's code page ${codepage} (${label}) cannot be decoded here; its 8-bit text was read as UTF-8 or windows-1252.`);
    }
  } else if (codepage !== null && !CP1252_PAGES.has(codepage)) {
    problems.add(`The message's code page ${codepage} is not known here; its 8-bit text was read as UTF-8 or windows-1252.`);
  }
  try {
    return UTF8_STRICT.decode(s);
  } catch {
    return cp1252(s);
  }
}
