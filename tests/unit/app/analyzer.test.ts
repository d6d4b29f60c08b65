// src/app/analyzer.ts: the page's client of the analysis worker, against a fake Worker. Replies
// reach the request with the same id; progress callbacks fire; an error or a crashed worker
// rejects what is pending and the next request starts a fresh worker; options are posted as
// plain copies (Svelte's $state proxies cannot be cloned).
import type { MboxRow } from '../../../src/lib/report/mbox-row.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalyzerClient } from '../../../src/app/analyzer.ts';
import type { FromWorker, ToWorker, AnalyzeOptions } from '../../../src/worker/protocol.ts';
import type { Report } from '../../../src/lib/report/types.ts';

class FakeWorker {
  static all: FakeWorker[] = [];
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((ev: { data: FromWorker }) => void) | null = null;
  onerror: ((ev: { message: string; preventDefault: () => void }) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly opts: unknown,
  ) {
    FakeWorker.all.push(this);
  }
  postMessage(m: ToWorker) {
    structuredClone(m); // what a real worker does: throws on proxies, functions, …
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(m: FromWorker) {
    this.onmessage?.({ data: m });
  }
}

const OPTS: AnalyzeOptions = { lang: 'en', dns: { endpoints: [], format: 'json' } };
const report = (tag: string) => ({ version: 1, tag }) as unknown as Report;

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('AnalyzerClient', () => {
  it('starts one worker lazily (warm starts it ahead) and reuses it', async () => {
    const c = new AnalyzerClient();
    expect(FakeWorker.all.length).toBe(0);
    void c.warm('en');
    void c.warm('en');
    void c.analyze('a', OPTS);
    expect(FakeWorker.all.length).toBe(1);
    expect(FakeWorker.all[0]!.opts).toEqual({ type: 'module' });
    // English needs nothing loaded; the analysis is the only message
    expect(FakeWorker.all[0]!.posted.map((m) => m.type)).toEqual(['analyze']);
  });

  it('warming for Japanese asks the worker to load its texts and answers with their chunks', async () => {
    const c = new AnalyzerClient();
    const urls = c.warm('ja');
    const w = FakeWorker.all[0]!;
    const [m] = w.posted as Extract<ToWorker, { type: 'prepare' }>[];
    expect(m).toMatchObject({ type: 'prepare', lang: 'ja' });
    w.reply({ type: 'prepared', id: m!.id, urls: ['http://x/assets/lang-ja-A.js'] });
    await expect(urls).resolves.toEqual(['http://x/assets/lang-ja-A.js']);
  });

  it('routes replies by id, whatever their order', async () => {
    const c = new AnalyzerClient();
    const p1 = c.analyze('first', OPTS);
    const p2 = c.analyze('second', OPTS);
    const w = FakeWorker.all[0]!;
    const [m1, m2] = w.posted as Extract<ToWorker, { type: 'analyze' }>[];
    expect([m1!.input, m2!.input]).toEqual(['first', 'second']);
    expect(m1!.id).not.toBe(m2!.id);
    w.reply({ type: 'result', id: m2!.id, report: report('two') });
    w.reply({ type: 'result', id: m1!.id, report: report('one') });
    expect(await p1).toEqual(report('one'));
    expect(await p2).toEqual(report('two'));
  });

  it('passes DNS progress to the caller and ignores replies for unknown ids', async () => {
    const c = new AnalyzerClient();
    const seen: string[] = [];
    const p = c.analyze('x', OPTS, (e) => seen.push(e.name));
    const w = FakeWorker.all[0]!;
    const id = w.posted[0]!.id;
    const entry = (name: string) => ({ name, type: 'TXT', status: 'NOERROR' }) as never;
    w.reply({ type: 'query', id, entry: entry('a.example') });
    w.reply({ type: 'query', id: id + 100, entry: entry('other.example') });
    w.reply({ type: 'query', id, entry: entry('_dmarc.a.example') });
    w.reply({ type: 'result', id, report: report('r') });
    await p;
    expect(seen).toEqual(['a.example', '_dmarc.a.example']);
  });

  it.each([
    ['an error reply rejects that request with its message', (w: FakeWorker, id: number) => w.reply({ type: 'error', id, message: 'bad input' }), 'bad input'],
    ['a crashed worker rejects everything pending', (w: FakeWorker) => w.onerror?.({ message: 'boom', preventDefault: () => {} }), 'boom'],
    ['a crash without a message still says something', (w: FakeWorker) => w.onerror?.({ message: '', preventDefault: () => {} }), 'worker error'],
  ])('%s', async (_n, fail, message) => {
    const c = new AnalyzerClient();
    const p = c.analyze('x', OPTS);
    const w = FakeWorker.all[0]!;
    fail(w, w.posted[0]!.id);
    await expect(p).rejects.toThrow(message);
  });

  it('after a crash the next request starts a fresh worker', async () => {
    const c = new AnalyzerClient();
    const p = c.analyze('x', OPTS);
    const first = FakeWorker.all[0]!;
    first.onerror?.({ message: 'boom', preventDefault: () => {} });
    await expect(p).rejects.toThrow('boom');
    expect(first.terminated).toBe(true);
    const q = c.analyze('y', OPTS);
    expect(FakeWorker.all.length).toBe(2);
    const second = FakeWorker.all[1]!;
    second.reply({ type: 'result', id: second.posted[0]!.id, report: report('ok') });
    expect(await q).toEqual(report('ok'));
  });

  it('posts plain copies of proxied options and fixes', async () => {
    const c = new AnalyzerClient();
    const proxied = new Proxy({ ...OPTS, dns: new Proxy({ endpoints: ['https://d.example/'], format: 'wire' as const }, {}) }, {});
    void c.analyze('x', proxied);
    void c.checkFixes(new Proxy([{ problem: 'spf-alignment', provider: null, records: [] }], {}), new Proxy({ endpoints: [], format: 'json' as const }, {}));
    const w = FakeWorker.all[0]!;
    expect(w.posted.map((m) => m.type)).toEqual(['analyze', 'check-fixes']);
    expect((w.posted[0] as Extract<ToWorker, { type: 'analyze' }>).options).toEqual({ lang: 'en', dns: { endpoints: ['https://d.example/'], format: 'wire' } });
  });

  it('mbox: the pool shares the file, rows arrive in batches, done when every part is done', async () => {
    const c = new AnalyzerClient();
    const batches: { rows: MboxRow[]; total: number }[] = [];
    let started: [number, boolean] | null = null;
    const p = c.mbox('From a\n', OPTS, (rows, total) => batches.push({ rows, total }), (total, truncated) => (started = [total, truncated]));
    const workers = FakeWorker.all.filter((w) => w.posted.some((m) => m.type === 'mbox'));
    expect(workers.length).toBeGreaterThanOrEqual(1);
    const posts = workers.map((w) => w.posted.find((m) => m.type === 'mbox') as Extract<ToWorker, { type: 'mbox' }>);
    // each worker takes its own part of the one file
    expect(posts.map((m) => m.part).sort()).toEqual(posts.map((_m, i) => i));
    expect(posts.every((m) => m.parts === posts.length)).toBe(true);
    const row = (i: number) => ({ index: i }) as unknown as MboxRow;
    let next = 0;
    workers.forEach((w, k) => {
      const id = posts[k]!.id;
      w.reply({ type: 'mbox-start', id, total: 3, truncated: false });
      w.reply({ type: 'mbox-rows', id, total: 3, rows: [row(next++)] });
    });
    let done = false;
    void p.then(() => (done = true));
    workers.slice(1).forEach((w, k) => w.reply({ type: 'done', id: posts[k + 1]!.id }));
    await Promise.resolve();
    expect(done, 'not done while a part is still running').toBe(false);
    workers[0]!.reply({ type: 'done', id: posts[0]!.id });
    await expect(p).resolves.toBeUndefined();
    expect(started).toEqual([3, false]);
    expect(batches.flatMap((b) => b.rows.map((r) => (r as unknown as { index: number }).index))).toEqual(workers.map((_w, i) => i));
  });

  it('check-fixes resolves with the status the worker sends', async () => {
    const c = new AnalyzerClient();
    const p = c.checkFixes([], { endpoints: [], format: 'json' });
    const w = FakeWorker.all[0]!;
    w.reply({ type: 'fix-status', id: w.posted[0]!.id, status: [{ status: 'published' }] });
    expect(await p).toEqual([{ status: 'published' }]);
  });

  it('redact posts the source and options and resolves with the preview; an error rejects', async () => {
    const c = new AnalyzerClient();
    const p = c.redact('From: a@b.example\r\n\r\n', { localParts: true, body: true });
    const w = FakeWorker.all[0]!;
    const m = w.posted[0]!;
    expect(m).toMatchObject({ type: 'redact', source: 'From: a@b.example\r\n\r\n', options: { localParts: true, body: true } });
    const preview = { text: 'From: x@b.example\r\n\r\n', replaced: [], warnings: [], changes: [] };
    w.reply({ type: 'redacted', id: m.id, preview: preview as never });
    expect(await p).toEqual(preview);
    const q = c.redact('x', {});
    w.reply({ type: 'error', id: w.posted[1]!.id, message: 'bad' });
    await expect(q).rejects.toThrow('bad');
  });

  it('page-texts asks for a language and resolves with the texts the worker sends', async () => {
    const c = new AnalyzerClient();
    const p = c.pageTexts('ja');
    const w = FakeWorker.all[0]!;
    expect(w.posted[0]).toMatchObject({ type: 'page-texts', lang: 'ja' });
    w.reply({ type: 'page-texts', id: w.posted[0]!.id, texts: { 'diag.either': 'どちらか' } as never });
    expect(await p).toEqual({ 'diag.either': 'どちらか' });
  });

  it('rerender asks for the report of the last result, in a language; without one it rejects at once', async () => {
    const c = new AnalyzerClient();
    await expect(c.rerender('ja')).rejects.toThrow('report-gone');
    const a = c.analyze('a', OPTS);
    const w = FakeWorker.all[0]!;
    const id = w.posted[0]!.id;
    w.reply({ type: 'result', id, report: report('en') });
    await a;
    const p = c.rerender('ja');
    expect(w.posted[1]).toEqual({ type: 'rerender', id: w.posted[1]!.id, of: id, lang: 'ja' });
    w.reply({ type: 'result', id: w.posted[1]!.id, report: report('ja') });
    expect(await p).toEqual(report('ja'));
    // the next switch names the reply the page shows now
    const q = c.rerender('en');
    expect(w.posted[2]).toMatchObject({ type: 'rerender', of: w.posted[1]!.id, lang: 'en' });
    // the worker no longer has it: the caller hears so (and analyses again)
    w.reply({ type: 'error', id: w.posted[2]!.id, message: 'report-gone' });
    await expect(q).rejects.toThrow('report-gone');
  });

  it('rerenderDomain asks for the last domain check, not the last report', async () => {
    const c = new AnalyzerClient();
    await expect(c.rerenderDomain('ja')).rejects.toThrow('report-gone');
    const d = c.domainCheck({ domain: 'example.jp', service: null, region: null, selectors: [] }, OPTS);
    const w = FakeWorker.all[0]!;
    const id = w.posted[0]!.id;
    w.reply({ type: 'domain-result', id, result: { domain: 'example.jp' } as never });
    await d;
    const p = c.rerenderDomain('ja');
    expect(w.posted[1]).toEqual({ type: 'rerender', id: w.posted[1]!.id, of: id, lang: 'ja' });
    w.reply({ type: 'domain-result', id: w.posted[1]!.id, result: { domain: 'example.jp', lang: 'ja' } as never });
    expect(await p).toEqual({ domain: 'example.jp', lang: 'ja' });
    await expect(c.rerender('en')).rejects.toThrow('report-gone');
  });

  it('a live check names its answer (lastChecksId) and can be rendered again in a language', async () => {
    const c = new AnalyzerClient();
    const p = c.checkFixes([], { endpoints: [], format: 'json' });
    const w = FakeWorker.all[0]!;
    const id = w.posted[0]!.id;
    w.reply({ type: 'fix-status', id, status: [] });
    await p;
    expect(c.lastChecksId).toBe(id);
    const q = c.rerenderChecks(id, 'ja');
    expect(w.posted[1]).toEqual({ type: 'rerender', id: w.posted[1]!.id, of: id, lang: 'ja' });
    w.reply({ type: 'fix-status', id: w.posted[1]!.id, status: [['ja']] });
    expect(await q).toEqual([['ja']]);
    await expect(c.rerenderChecks(0, 'en')).rejects.toThrow('report-gone');
  });

  it('a shared link\'s sender view travels with the analysis options', async () => {
    const c = new AnalyzerClient();
    const sender = { v: 1, dmarc: { result: 'pass' } } as never;
    void c.analyze('a', { ...OPTS, sender });
    expect(FakeWorker.all[0]!.posted[0]).toMatchObject({ type: 'analyze', options: { sender: { dmarc: { result: 'pass' } } } });
  });
});
