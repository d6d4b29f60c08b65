import { mount } from 'svelte';
import './app/app.css';
import App from './app/App.svelte';
import { i18n, loadDictionary } from './app/i18n.svelte.ts';
import { loadDnsSettings, effectiveEndpoints } from './app/settings.ts';

// Narrow connect-src to the DoH endpoints actually configured. The static policy in index.html
// (added at build time) allows https: so that a user-chosen endpoint can work; this second policy
// intersects with it, so the page can reach nothing but its own origin and those endpoints.
function restrictConnect() {
  if (!import.meta.env.PROD) return;
  const origins = new Set(effectiveEndpoints(loadDnsSettings(location.search)).map((u) => new URL(u).origin));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ${[...origins].join(' ')}`;
  document.head.append(meta);
}
restrictConnect();

document.documentElement.lang = i18n.lang;
await loadDictionary(i18n.lang);
const app = mount(App, { target: document.getElementById('app')! });
export default app;

// Offline support: the service worker precaches the app. A new version announces itself.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh() {
        window.dispatchEvent(new CustomEvent('app-update', { detail: () => update(true) }));
      },
      onOfflineReady() {
        window.dispatchEvent(new CustomEvent('app-offline-ready'));
      },
    });
  });
}
