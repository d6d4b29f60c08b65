// A dynamic import that can be tried again. Some browsers keep a failed import's error for the life
// of the page or worker (Chromium 150 does: offline once, the module never loads after the connection
// returns), so a later attempt asks for the same module under a query string, which they treat as a
// new module. The URL comes from the browser's own error message; without one, the error stands.

/** The module URL a failed dynamic import names ("Failed to fetch dynamically imported module: URL"). */
export function failedModuleUrl(e: unknown): string | null {
  const m = /\bhttps?:\/\/[^\s'"]+?\.js\b/.exec(e instanceof Error ? e.message : String(e));
  return m ? m[0] : null;
}

/** The URL to ask for on attempt n (n ≥ 1) of a module whose first import failed. */
export function retryUrl(url: string, attempt: number): string {
  return `${url}?retry=${attempt}`;
}

/**
 * Imports through `load` (the bundler's import, so that it is split and preloaded), and, once that has
 * failed, through a fresh URL for each later attempt.
 */
export function retryableImport<T>(load: () => Promise<T>): () => Promise<T> {
  let failedUrl: string | null = null;
  let attempts = 0;
  // calls while one is under way share it (one request, one cached copy)
  let pending: Promise<T> | null = null;
  const attempt = async (): Promise<T> => {
    if (failedUrl) return (await import(/* @vite-ignore */ retryUrl(failedUrl, ++attempts))) as T;
    try {
      return await load();
    } catch (e) {
      failedUrl = failedModuleUrl(e);
      throw e;
    }
  };
  return () =>
    (pending ??= attempt().finally(() => {
      pending = null;
    }));
}
