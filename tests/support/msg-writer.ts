// Test-only: a minimal [MS-CFB] compound file writer, enough to build Outlook .msg files
// ([MS-OXMSG]) for tests, and to damage them on purpose. It returns the layout it chose (where each
// FAT, DIFAT, directory, mini FAT and stream sector is) with helpers that patch one field.
// Version 3 (512-byte sectors) and 4 (4096); streams under 4096 bytes go to the mini stream; a FAT
// too large for the header's 109 DIFAT entries gets DIFAT sectors.

export type CfbNode = { name: string; data: Uint8Array } | { name: string; children: CfbNode[] };

export interface CfbWriteOptions {
  version?: 3 | 4;
  /** shape of each storage's sibling tree: balanced (sorted, as real writers do), or one right-leaning chain in the given order */
  siblings?: 'balanced' | 'chain';
  /** blank sectors added at the end (free in the FAT), for a test to fill */
  extraSectors?: number;
}

export interface CfbEntryInfo {
  id: number;
  /** names from the root joined with "/" (the root itself is "") */
  path: string;
  type: 1 | 2 | 5;
  /** first sector (regular or mini), ENDOFCHAIN when empty */
  start: number;
  size: number;
  mini: boolean;
  sectors: number[];
}

export interface CfbFile {
  bytes: Uint8Array;
  sectorSize: number;
  entries: CfbEntryInfo[];
  fatSectors: number[];
  difatSectors: number[];
  dirSectors: number[];
  miniFatSectors: number[];
  miniStreamSectors: number[];
  extraSectors: number[];
  entry(path: string): CfbEntryInfo;
  sectorOffset(n: number): number;
  setU32(offset: number, v: number): void;
  /** FAT entry for sector n */
  setFat(n: number, v: number): void;
  /** mini FAT entry for mini sector n */
  setMiniFat(n: number, v: number): void;
  /** a uint32 field of directory entry `id` at byte `field` (0x44 left, 0x48 right, 0x4C child, 0x74 start, 0x78 size low, 0x7C size high) */
  setDir(id: number, field: number, v: number): void;
}

export const FREESECT = 0xffffffff;
export const ENDOFCHAIN = 0xfffffffe;
export const FATSECT = 0xfffffffd;
export const DIFSECT = 0xfffffffc;
export const NOSTREAM = 0xffffffff;
export const DIR_LEFT = 0x44;
export const DIR_RIGHT = 0x48;
export const DIR_CHILD = 0x4c;
export const DIR_START = 0x74;
export const DIR_SIZE = 0x78;
export const DIR_SIZE_HIGH = 0x7c;
export const HDR_DIR_SECTORS = 0x28;
export const HDR_FIRST_DIR = 0x30;
export const HDR_FIRST_MINIFAT = 0x3c;
export const HDR_FIRST_DIFAT = 0x44;
export const HDR_DIFAT_COUNT = 0x48;

interface Flat {
  id: number;
  path: string;
  name: string;
  type: 1 | 2 | 5;
  data: Uint8Array;
  children: number[];
  left: number;
  right: number;
  child: number;
  start: number;
  mini: boolean;
  sectors: number[];
}

function cfbCompare(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function writeCfb(nodes: CfbNode[], opts: CfbWriteOptions = {}): CfbFile {
  const version = opts.version ?? 3;
  const ss = version === 3 ? 512 : 4096;
  const per = ss / 4;
  const flat: Flat[] = [];
  const mk = (name: string, path: string, type: 1 | 2 | 5, data: Uint8Array): Flat => {
    const f: Flat = { id: flat.length, path, name, type, data, children: [], left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, start: ENDOFCHAIN, mini: false, sectors: [] };
    flat.push(f);
    return f;
  };
  // breadth-first ids: the root's children come right after it
  const root = mk('Root Entry', '', 5, new Uint8Array(0));
  const queue: Array<[Flat, CfbNode[]]> = [[root, nodes]];
  for (let q = 0; q < queue.length; q++) {
    const [parent, kids] = queue[q]!;
    for (const k of kids) {
      const path = parent.path === '' ? k.name : `${parent.path}/${k.name}`;
      if ('children' in k) {
        const f = mk(k.name, path, 1, new Uint8Array(0));
        parent.children.push(f.id);
        queue.push([f, k.children]);
      } else {
        parent.children.push(mk(k.name, path, 2, k.data).id);
      }
    }
  }
  for (const f of flat) {
    if (f.children.length === 0) continue;
    if (opts.siblings === 'chain') {
      f.child = f.children[0]!;
      for (let i = 0; i + 1 < f.children.length; i++) flat[f.children[i]!]!.right = f.children[i + 1]!;
    } else {
      const sorted = [...f.children].sort((a, b) => cfbCompare(flat[a]!.name, flat[b]!.name));
      const build = (lo: number, hi: number): number => {
        if (lo > hi) return NOSTREAM;
        const mid = (lo + hi) >> 1;
        const e = flat[sorted[mid]!]!;
        e.left = build(lo, mid - 1);
        e.right = build(mid + 1, hi);
        return e.id;
      };
      f.child = build(0, sorted.length - 1);
    }
  }

  // mini stream and regular streams
  let miniCount = 0;
  const regular: Flat[] = [];
  for (const f of flat) {
    if (f.type !== 2 || f.data.length === 0) continue;
    if (f.data.length < 4096) {
      f.mini = true;
      const n = Math.ceil(f.data.length / 64);
      for (let i = 0; i < n; i++) f.sectors.push(miniCount + i);
      f.start = miniCount;
      miniCount += n;
    } else regular.push(f);
  }
  const dirSecs = Math.ceil((flat.length * 128) / ss);
  const miniFatSecs = Math.ceil((miniCount * 4) / ss);
  const miniStreamSecs = Math.ceil((miniCount * 64) / ss);
  const regSecs = regular.reduce((a, f) => a + Math.ceil(f.data.length / ss), 0);
  const extra = opts.extraSectors ?? 0;
  const nonFat = dirSecs + miniFatSecs + miniStreamSecs + regSecs + extra;
  let fatSecs = 1;
  let difatSecs: number;
  for (;;) {
    difatSecs = fatSecs > 109 ? Math.ceil((fatSecs - 109) / (per - 1)) : 0;
    if (fatSecs * per >= fatSecs + difatSecs + nonFat) break;
    fatSecs++;
  }
  let next = 0;
  const range = (n: number) => Array.from({ length: n }, () => next++);
  const fatSectors = range(fatSecs);
  const difatSectors = range(difatSecs);
  const dirSectors = range(dirSecs);
  const miniFatSectors = range(miniFatSecs);
  const miniStreamSectors = range(miniStreamSecs);
  for (const f of regular) {
    f.sectors = range(Math.ceil(f.data.length / ss));
    f.start = f.sectors[0]!;
  }
  const extraSectors = range(extra);
  const total = next;

  const bytes = new Uint8Array(ss * (total + 1));
  const dv = new DataView(bytes.buffer);
  const w32 = (o: number, v: number) => dv.setUint32(o, v >>> 0, true);
  const w16 = (o: number, v: number) => dv.setUint16(o, v, true);
  const off = (n: number) => (n + 1) * ss;

  // header
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  w16(0x18, 0x3e);
  w16(0x1a, version);
  w16(0x1c, 0xfffe);
  w16(0x1e, version === 3 ? 9 : 12);
  w16(0x20, 6);
  w32(HDR_DIR_SECTORS, version === 3 ? 0 : dirSecs);
  w32(0x2c, fatSecs);
  w32(HDR_FIRST_DIR, dirSectors[0]!);
  w32(0x38, 4096);
  w32(HDR_FIRST_MINIFAT, miniFatSecs > 0 ? miniFatSectors[0]! : ENDOFCHAIN);
  w32(0x40, miniFatSecs);
  w32(HDR_FIRST_DIFAT, difatSecs > 0 ? difatSectors[0]! : ENDOFCHAIN);
  w32(HDR_DIFAT_COUNT, difatSecs);
  for (let i = 0; i < 109; i++) w32(0x4c + 4 * i, i < fatSecs ? fatSectors[i]! : FREESECT);
  // DIFAT sectors
  for (let d = 0; d < difatSecs; d++) {
    const o = off(difatSectors[d]!);
    for (let i = 0; i < per - 1; i++) {
      const k = 109 + d * (per - 1) + i;
      w32(o + 4 * i, k < fatSecs ? fatSectors[k]! : FREESECT);
    }
    w32(o + 4 * (per - 1), d + 1 < difatSecs ? difatSectors[d + 1]! : ENDOFCHAIN);
  }
  // FAT
  const fat = new Uint32Array(fatSecs * per).fill(FREESECT);
  const chain = (s: number[]) => s.forEach((x, i) => (fat[x] = i + 1 < s.length ? s[i + 1]! : ENDOFCHAIN));
  for (const s of fatSectors) fat[s] = FATSECT;
  for (const s of difatSectors) fat[s] = DIFSECT;
  chain(dirSectors);
  chain(miniFatSectors);
  chain(miniStreamSectors);
  for (const f of regular) chain(f.sectors);
  fatSectors.forEach((s, k) => {
    for (let i = 0; i < per; i++) w32(off(s) + 4 * i, fat[k * per + i]!);
  });
  // mini FAT
  const miniFat = new Uint32Array(miniFatSecs * per).fill(FREESECT);
  for (const f of flat) if (f.mini) f.sectors.forEach((x, i) => (miniFat[x] = i + 1 < f.sectors.length ? f.sectors[i + 1]! : ENDOFCHAIN));
  miniFatSectors.forEach((s, k) => {
    for (let i = 0; i < per; i++) w32(off(s) + 4 * i, miniFat[k * per + i]!);
  });
  // mini stream and regular stream data
  const miniOff = (m: number) => off(miniStreamSectors[Math.floor((m * 64) / ss)]!) + ((m * 64) % ss);
  for (const f of flat) {
    if (f.mini) f.sectors.forEach((m, i) => bytes.set(f.data.subarray(i * 64, i * 64 + 64), miniOff(m)));
  }
  for (const f of regular) f.sectors.forEach((s, i) => bytes.set(f.data.subarray(i * ss, (i + 1) * ss), off(s)));
  // directory
  root.start = miniStreamSecs > 0 ? miniStreamSectors[0]! : ENDOFCHAIN;
  const dirOff = (id: number) => off(dirSectors[Math.floor((id * 128) / ss)]!) + ((id * 128) % ss);
  for (let id = 0; id < dirSecs * (ss / 128); id++) {
    const o = dirOff(id);
    const f = flat[id];
    if (!f) {
      w32(o + DIR_LEFT, NOSTREAM);
      w32(o + DIR_RIGHT, NOSTREAM);
      w32(o + DIR_CHILD, NOSTREAM);
      continue;
    }
    const name = f.name.slice(0, 31);
    for (let i = 0; i < name.length; i++) w16(o + 2 * i, name.charCodeAt(i));
    w16(o + 0x40, (name.length + 1) * 2);
    bytes[o + 0x42] = f.type;
    bytes[o + 0x43] = 1; // black
    w32(o + DIR_LEFT, f.left);
    w32(o + DIR_RIGHT, f.right);
    w32(o + DIR_CHILD, f.child);
    w32(o + DIR_START, f.start);
    w32(o + DIR_SIZE, f.type === 5 ? miniCount * 64 : f.data.length);
  }

  const infos: CfbEntryInfo[] = flat.map((f) => ({
    id: f.id,
    path: f.path,
    type: f.type,
    start: f.start,
    size: f.type === 5 ? miniCount * 64 : f.data.length,
    mini: f.mini,
    sectors: f.type === 5 ? miniStreamSectors : f.sectors,
  }));
  const byPath = new Map(infos.map((e) => [e.path, e]));
  return {
    bytes,
    sectorSize: ss,
    entries: infos,
    fatSectors,
    difatSectors,
    dirSectors,
    miniFatSectors,
    miniStreamSectors,
    extraSectors,
    entry(path) {
      const e = byPath.get(path);
      if (!e) throw new Error(`no entry ${path}`);
      return e;
    },
    sectorOffset: off,
    setU32: w32,
    setFat: (n, v) => w32(off(fatSectors[Math.floor(n / per)]!) + (n % per) * 4, v),
    setMiniFat: (n, v) => w32(off(miniFatSectors[Math.floor(n / per)]!) + (n % per) * 4, v),
    setDir: (id, field, v) => w32(dirOff(id) + field, v),
  };
}

// ---------------------------------------------------------------------------------------------
// .msg helpers

/** UTF-16LE bytes of s (what a PT_UNICODE "…001F" stream holds), optionally with a terminating NUL */
export function utf16le(s: string, nul = false): Uint8Array {
  const out = new Uint8Array((s.length + (nul ? 1 : 0)) * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** Property stream name: __substg1.0_ + 4-hex-digit id + 4-hex-digit type */
export function substg(id: number, type: number): string {
  const h = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return `__substg1.0_${h(id)}${h(type)}`;
}

/** A top-level __properties_version1.0 stream: 32-byte header, then 16-byte fixed-size property entries */
export function propertiesStream(props: Array<{ tag: number; value: number }>): Uint8Array {
  const out = new Uint8Array(32 + 16 * props.length);
  const dv = new DataView(out.buffer);
  props.forEach((p, i) => {
    dv.setUint32(32 + 16 * i, p.tag >>> 0, true);
    dv.setUint32(32 + 16 * i + 4, 0x6, true); // PROPATTR_READABLE | PROPATTR_WRITABLE
    dv.setUint32(32 + 16 * i + 8, p.value >>> 0, true);
  });
  return out;
}
