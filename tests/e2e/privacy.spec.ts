import { test, expect, appUrl, pasteAndAnalyze, readSample, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

test('only DoH queries leave the page, and they carry domain names only', async ({ page, context, doh, baseURL }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await page.getByTestId('check-dns').click();
  await expect(page.getByTestId('fix-record').first()).toContainText(/missing|published|different/);

  const app = new URL(baseURL!).origin;
  const dohUrl = new URL(doh.url);
  const external = requests.filter((u) => !u.startsWith(app) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(external.length).toBeGreaterThan(0);
  for (const u of external) {
    const url = new URL(u);
    expect(url.origin, u).toBe(dohUrl.origin);
    expect(url.pathname, u).toBe(dohUrl.pathname);
    const keys = [...url.searchParams.keys()].sort();
    if (keys.includes('dns')) expect(keys).toEqual(['dns']);
    else {
      expect(keys).toEqual(['name', 'type']);
      expect(url.searchParams.get('name')!).toMatch(/^[A-Za-z0-9._-]{1,253}$/);
      expect(url.searchParams.get('type')!).toMatch(/^[A-Z]{1,10}$/);
    }
  }
  // nothing from the message body or its local parts travels
  const all = requests.join('\n');
  for (const secret of ['someone', 'info%40', 'info@', '0106018f8a2b3c4d']) expect(all).not.toContain(secret);
  // app requests are the app's own files only
  for (const u of requests.filter((x) => x.startsWith(app))) expect(new URL(u).search === '' || new URL(u).search.startsWith('?doh=')).toBe(true);
});

test('the built page has a strict Content-Security-Policy', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  // the second policy narrows connect-src to the configured DoH endpoint
  const all = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
  expect(all.some((c) => c?.startsWith('connect-src') && c.includes(new URL(doh.url).origin))).toBe(true);
  // an inline script is refused
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    return (window as unknown as { __inline?: number }).__inline === 1;
  });
  expect(ran).toBe(false);
});
