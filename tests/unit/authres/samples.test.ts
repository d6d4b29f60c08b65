// The 18 shipped Authentication-Results samples (../shared/conformance/authres), read as shipped.
import { describe, expect, it } from 'vitest';
import { parseAuthResults } from '../../../src/lib/authres/index.ts';
import { haveShared, readShared } from '../../support/shared.ts';

interface Sample {
  id: string;
  header: string;
  value: string;
  expect?: { authserv_id?: string | null; instance?: number; version?: number; results?: [string, string][]; dkim_reason?: string };
}

type Prop = [index: number, key: string, value: string];
interface Want {
  authservId: string | null;
  results: string[]; // "method=result"
  props?: Prop[];
  reasons?: [number, string][];
  extras?: Prop[];
  comments?: [number, string][];
  strays?: string[];
}

// What each sample must give, written from reading the values (the file's own `expect` is checked too).
const WANT: Record<string, Want> = {
  'gmail-arc-pass': {
    authservId: 'mx.google.com',
    results: ['dkim=pass', 'dkim=pass', 'arc=pass', 'spf=neutral'],
    props: [[0, 'header.i', '@zonevs.eu'], [1, 'header.b', 'u8s6EKdV'], [3, 'smtp.mailfrom', 'andris+caf_=andris.reinman=gmail.com@tr.ee']],
    comments: [[2, 'i=1 spf=pass spfdomain=zone.ee dkim=pass dkdomain=zonevs.eu dkim=pass dkdomain=srs3.zonevs.eu dmarc=pass fromdomain=zone.ee']],
  },
  'gmail-dmarc': {
    authservId: 'mx.google.com',
    results: ['dkim=pass', 'dkim=pass', 'spf=pass', 'dmarc=pass'],
    props: [[2, 'smtp.mailfrom', 'andris@zone.ee'], [3, 'header.from', 'zone.ee']],
    comments: [[3, 'p=REJECT sp=REJECT dis=NONE']],
  },
  'gmail-dmarc-fail': {
    authservId: 'mx.google.com',
    results: ['spf=pass', 'dmarc=fail'],
    props: [[1, 'header.from', 'cooalliance.com']],
    comments: [[1, 'p=QUARANTINE sp=NONE dis=QUARANTINE']],
  },
  'opendkim-reason': {
    authservId: 'uvn-67-33.tll01.zonevs.eu',
    results: ['dkim=pass', 'dkim-adsp=none', 'dkim-atps=neutral'],
    reasons: [[0, '1024-bit key; insecure key']],
    props: [[0, 'header.d', 'out.srv.dev'], [0, 'header.b', 'p4WDZf90']],
  },
  haraka: { authservId: 'mx.ethereal.email', results: ['spf=pass'], props: [[0, 'smtp.mailfrom', 'mail.projectpending.com']] },
  'rfc5451-B2-none': { authservId: 'test.example.org', results: [] },
  'rfc5451-B4': {
    authservId: 'example.com',
    results: ['auth=pass', 'spf=pass'],
    props: [[0, 'smtp.auth', 'sender@example.net'], [1, 'smtp.mailfrom', 'example.net']],
    comments: [[0, 'cram-md5']],
  },
  'rfc5451-B5': {
    authservId: 'example.com',
    results: ['sender-id=fail', 'dkim=pass'],
    props: [[0, 'header.from', 'example.com'], [1, 'header.i', 'sender@example.com']],
  },
  'ms365-no-authserv-id-1': {
    authservId: null,
    results: ['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass'],
    props: [[0, 'smtp.mailfrom', 'example.org'], [1, 'header.d', 'example.org'], [2, 'header.from', 'example.org']],
    extras: [[2, 'action', 'none']],
    reasons: [[3, '100']],
    strays: ['alum.mit.edu', 'alum.mit.edu'],
  },
  'ms365-bestguesspass': {
    authservId: null,
    results: ['spf=pass', 'dkim=pass', 'dmarc=bestguesspass', 'compauth=pass'],
    props: [[0, 'smtp.mailfrom', 'us-west-2.amazonses.com'], [1, 'header.d', 'spoofed.contoso.com']],
    reasons: [[3, '109']],
    strays: ['victim.example.com', 'victim.example.com'],
  },
  'ms365-bestguesspass-2': {
    authservId: null,
    results: ['spf=fail', 'dkim=pass', 'dmarc=bestguesspass'],
    props: [[1, 'header.d', 'domain.com'], [2, 'header.from', 'domain.com']],
    strays: ['recevingdomain.com', 'domain1.com'],
  },
  'ms365-empty-header-from': {
    authservId: null,
    results: ['spf=temperror', 'dkim=none', 'dmarc=none'],
    props: [[0, 'smtp.helo', 'tes.test.ru'], [1, 'header.d', 'none'], [2, 'header.from', '']],
    extras: [[2, 'action', 'none']],
    strays: ['mydomain.com', 'mydomain.com'],
  },
  'ms365-compauth-fail': {
    authservId: null,
    results: ['spf=none', 'dkim=none', 'dmarc=none', 'compauth=fail'],
    reasons: [[3, '001']],
    strays: ['hotmail.com', 'hotmail.com'],
  },
  'ms365-split-headers-1': { authservId: null, results: ['spf=pass'], props: [[0, 'smtp.mailfrom', 'example.com']] },
  'ms365-split-headers-2': { authservId: null, results: ['compauth=pass'], reasons: [[0, '000']] },
  'ms-aar-with-version': {
    authservId: 'mx.microsoft.com',
    results: ['spf=pass', 'dmarc=pass', 'dkim=pass', 'arc=none'],
    extras: [[1, 'action', 'none']],
  },
  'hotmail-legacy-semicolon-in-comment': {
    authservId: 'hotmail.com',
    results: ['spf=pass', 'dkim=pass', 'x-hmca=pass'],
    comments: [[0, 'sender IP is 104.47.0.119; identity alignment result is pass and alignment mode is strict']],
    props: [[0, 'smtp.mailfrom', 'sender@example.com'], [2, 'header.id', 'sender@example.com']],
  },
  'reported-mangled-ms': {
    authservId: null,
    results: ['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass'],
    props: [[0, 'smtp.mailfrom', 'valimail.com'], [1, 'header.d', 'valimail.com'], [2, 'header.from', 'valimail.com']],
    reasons: [[3, '100']],
  },
};

const FILE = 'conformance/authres/authres-samples.json';
const samples: Sample[] = haveShared(FILE) ? (JSON.parse(readShared(FILE)) as { samples: Sample[] }).samples : [];

describe.skipIf(samples.length === 0)('authres-samples.json', () => {
  it('ships 18 samples, each with a table entry here', () => {
    expect(samples).toHaveLength(18);
    expect(samples.map((s) => s.id).filter((id) => !WANT[id])).toEqual([]);
  });

  it.each(samples.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const r = parseAuthResults(s.value, { arc: s.header.toLowerCase().startsWith('arc-') });
    const ex = s.expect ?? {};
    if ('authserv_id' in ex) expect(r.authservId).toBe(ex.authserv_id);
    if (ex.instance !== undefined) expect(r.instance).toBe(ex.instance);
    if (ex.version !== undefined) expect(r.version).toBe(ex.version);
    if (ex.results) expect(r.results.map((x) => [x.method, x.result])).toEqual(ex.results);
    if (ex.dkim_reason !== undefined) expect(r.results.find((x) => x.method === 'dkim')?.reason).toBe(ex.dkim_reason);

    const w = WANT[s.id]!;
    expect(r.authservId).toBe(w.authservId);
    expect(r.results.map((x) => `${x.method}=${x.result}`)).toEqual(w.results);
    for (const [i, k, v] of w.props ?? []) expect(r.results[i]!.props[k]).toBe(v);
    for (const [i, k, v] of w.extras ?? []) expect(r.results[i]!.extras[k]).toBe(v);
    for (const [i, v] of w.reasons ?? []) expect(r.results[i]!.reason).toBe(v);
    for (const [i, v] of w.comments ?? []) expect(r.results[i]!.comment).toBe(v);
    expect(r.strays).toEqual(w.strays ?? []);
    // text inside comments never becomes a property
    for (const x of r.results) expect(Object.keys(x.props).every((k) => /^[a-z0-9-]+\.[a-z0-9-]+$/.test(k))).toBe(true);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
