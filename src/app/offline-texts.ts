// A language's texts are not precached (an English reader never downloads the Japanese ones): once
// a page in that language has loaded them (its own chunks and the worker's), they are put in the
// cache the service worker answers them from (vite.config.ts runtimeCaching, "lang-ja"), so the
// page works offline in that language from then on.
const CACHE = 'lang-ja';
const LANG_CHUNK = /\/assets\/lang-ja-[\w-]+\.js$/;
/** the Japanese chunks: the page's dictionary and the worker's catalogue (the page's findings texts
 * come from the worker) */
const COMPLETE = 2;

export async function keepTextsOffline(workerUrls: readonly string[]): Promise<void> {
  if (!workerUrls.length || typeof caches === 'undefined' || typeof performance === 'undefined') return;
  // the page's own texts in the language: the interface dictionary has loaded with the page
  const own = performance.getEntriesByType('resource').map((e) => e.name);
  const urls = [...new Set([...own, ...workerUrls])].filter((u) => LANG_CHUNK.test(new URL(u, location.href).pathname));
  if (!urls.length) return;
  try {
    const cache = await caches.open(CACHE);
    const missing = (await Promise.all(urls.map(async (u) => ((await cache.match(u)) ? null : u)))).filter((u): u is string => u !== null);
    if (missing.length) await cache.addAll(missing);
    // an earlier version's chunks (other hashes): dropped once this version's whole set is kept
    // (the page's dictionary, the worker's catalogue)
    if (urls.length >= COMPLETE) {
      const keep = new Set(urls.map((u) => new URL(u, location.href).href));
      for (const req of await cache.keys()) if (!keep.has(req.url)) await cache.delete(req);
    }
  } catch {
    // no cache storage (private mode, quota): the texts load from the network as before
  }
}
