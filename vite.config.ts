/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

// The page sends nothing but DNS queries. In the built app a strict policy says so; connect-src
// is narrowed further at start-up to the configured DoH endpoints (src/main.ts).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}

// Texts in a language other than English: chunks of their own, named lang-ja-*, that are not
// precached (an English reader never downloads them) but cached when first used; a Japanese page
// has the worker load its texts at start, so they are cached before the reader goes offline.
// (ignoreVary: a static host may answer with Vary: Origin, and a module import sends an Origin
// header that the page's cache.addAll did not.)
const langChunk = (c: { moduleIds: readonly string[] }) =>
  c.moduleIds.length > 0 && c.moduleIds.every((id) => /[\\/](findings[\\/]ja[\\/][\w-]+|i18n[\\/]ja)\.ts$/.test(id));
const chunkFileNames = (c: { moduleIds: readonly string[] }) => (langChunk(c) ? 'assets/lang-ja-[hash].js' : 'assets/[name]-[hash].js');

// The domain check (the page's DomainCheck-* component, the worker's domaincheck-* engine) is not
// precached either: it asks DNS over the network, so offline it has nothing to check. Once used it
// is kept (CacheFirst) and opens offline; before that, the page says it cannot load. (Its styles
// are in app.css: a stylesheet of its own that failed to preload offline is never asked for again.)
// (?retry=N: an import that failed offline is asked for again under a fresh URL, src/lib/util/retry-import.ts;
// the cache ignores the query, so either URL finds the kept copy)
const DOMAIN_CHECK = /\/assets\/(?:domaincheck|DomainCheck)-[\w-]+\.js(?:\?retry=\d+)?$/;

// V8's explicit compile hint (Chrome 136+): a chunk that starts with this comment has all its
// functions compiled eagerly, while it streams in (off the main thread), instead of each on its
// first call inside a render task. A shared link's first results render was mostly that lazy
// compiling (the same render in a warm page takes a fifth of the time). Every page chunk but the
// texts (data only) and the domain check (its own mode).
// https://v8.dev/blog/explicit-compile-hints
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    // after minification (which drops comments): the comment goes on the chunk's first line, and
    // its source map moves down one line
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || langChunk(chunk) || /^(?:DomainCheck|domaincheck)$/.test(chunk.name)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            json.mappings = `;${json.mappings}`;
            map.source = JSON.stringify(json);
          }
        }
      },
    },
  };
}

export default defineConfig({
  // relative base: the build works from any sub-folder of a static host
  base: './',
  plugins: [
    svelte(),
    csp(),
    compileHints(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon-32.png', 'icon.svg', 'icon-192.png'],
      includeManifestIcons: false,
      manifest: {
        name: 'DMARC explainer',
        short_name: 'DMARC',
        description: 'Why an email passed or failed SPF, DKIM and DMARC, and the DNS records that fix it. Runs in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b57d0',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // install-time icons are fetched by the browser when it installs the app; offline needs none of them
        globIgnores: [
          '**/icon-512.png',
          '**/icon-maskable-512.png',
          '**/apple-touch-icon.png',
          '**/*.map',
          '**/lang-ja-*.js',
          '**/domaincheck-*.js',
          '**/DomainCheck-*.js',
        ],
        runtimeCaching: [
          { urlPattern: /\/assets\/lang-ja-[\w-]+\.js$/, handler: 'CacheFirst', options: { cacheName: 'lang-ja', matchOptions: { ignoreVary: true } } },
          // a version's two files: at most two versions are kept (the least recently used go first)
          {
            urlPattern: DOMAIN_CHECK,
            handler: 'CacheFirst',
            options: { cacheName: 'domain-check', matchOptions: { ignoreVary: true, ignoreSearch: true }, expiration: { maxEntries: 4 } },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // the first install takes control at once (the page works offline without a reload);
        // later versions wait for the user's "Reload" (registerType: 'prompt')
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: { optimization: { inlineConst: false }, output: { chunkFileNames } },
  },
  worker: { format: 'es', rolldownOptions: { optimization: { inlineConst: false }, output: { chunkFileNames } } },
  test: {
    // the unit run: tests/unit. tests/build reads a build (dist/) and runs after one
    // (`vitest run --dir tests/build`: npm run test:budget, test:budget:built)
    dir: 'tests/unit',
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // fast-check from a fixed seed (FUZZ_SEED=<n> to change it)
    setupFiles: ['tests/support/fast-check-seed.ts', 'tests/support/load-texts.ts'],
  },
});
