import { test, expect, appUrl, pasteAndAnalyze, readSample, readZone, SAMPLES } from './helpers.ts';
import { mergeZones } from '../support/doh-server.ts';
import { haveShared, sharedPath } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

const STEP_IDS = ['author', 'envelope', 'spf', 'spf-alignment', 'dkim', 'dkim-alignment', 'dmarc-record', 'dmarc-result', 'fix'];

test('the SES sample tells the whole story and gives the custom MAIL FROM fix', async ({ page, doh, dialogs }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('DMARC pass');
  await expect(verdict).toContainText('example.jp');
  // DMARC passes on DKIM: nothing is required, and the custom MAIL FROM is a recommendation below
  await expect(page.getByTestId('verdict-diagnosis')).toContainText('Nothing required: DMARC passes');
  await expect(page.getByTestId('verdict-fix')).toHaveCount(0);
  await expect(page.locator('[data-problem="spf-alignment"] [data-testid="fix-importance"]')).toHaveAttribute('data-importance', 'recommended');
  for (const id of STEP_IDS) await expect(page.locator(`[data-step="${id}"]`)).toBeVisible();
  await expect(page.locator('[data-step="spf"]')).toContainText('54.240.27.10');
  await expect(page.locator('[data-step="spf-alignment"]')).toContainText('does not align');
  const records = page.getByTestId('fix-record');
  await expect(records.filter({ hasText: 'MX' }).filter({ hasText: 'mail.example.jp' })).toContainText('feedback-smtp.ap-northeast-1.amazonses.com');
  await expect(records.filter({ hasText: 'TXT' }).filter({ hasText: 'mail.example.jp' })).toContainText('v=spf1 include:amazonses.com ~all');
  // every DNS query went to the fixture server
  expect(doh.requests.length).toBeGreaterThan(0);
  expect(dialogs).toEqual([]);
});

test('an .eml file chosen or dropped is analysed', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await page.getByTestId('file').setInputFiles(sharedPath(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');

  await page.getByRole('button', { name: /clear/i }).click();
  // DNS as it was when the after-fix message arrived
  doh.setZone(mergeZones(readZone(SAMPLES.beforeZone), readZone(SAMPLES.afterZone)));
  const text = readSample(SAMPLES.after);
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'after.eml', { type: 'message/rfc822' }));
    return d;
  }, text);
  await page.locator('.drop').dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await expect(page.locator('[data-step="spf-alignment"]')).toContainText('aligns with the From domain');
});

const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const badInputs: { name: string; text: () => string; expect: RegExp }[] = [
  { name: 'empty text', text: () => '', expect: /Nothing to analyse/ },
  { name: 'random binary', text: () => String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), expect: /binary data|No header fields/ },
  { name: 'no From', text: () => 'Subject: hi\nTo: a@b.example\n\nbody\n', expect: /no From header/ },
  { name: 'two From', text: () => 'From: a@x.example\nFrom: b@y.example\nSubject: hi\n\nbody\n', expect: /2 From headers/ },
  { name: '100 KB header line', text: () => `From: a@b.example\nX-Long: ${'a'.repeat(100_000)}\n\nbody\n`, expect: /X-Long/ },
  { name: 'HTML in header values', text: () => `From: "${hostile}" <a@b.example>\nSubject: ${hostile}\nReturn-Path: <${hostile}@b.example>\nAuthentication-Results: ${hostile}; spf=pass\n\nbody\n`, expect: /DMARC|b\.example/ },
];

for (const c of badInputs) {
  test(`bad input: ${c.name} gives a clear message and nothing executes`, async ({ page, doh, dialogs }) => {
    await page.goto(appUrl(doh));
    await pasteAndAnalyze(page, c.text());
    await expect(page.locator('#results')).toContainText(c.expect);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}

test('bad input: a 20 MB paste is analysed without freezing the page', async ({ page, doh, dialogs }) => {
  test.setTimeout(120_000);
  await page.goto(appUrl(doh));
  const head = readSample(SAMPLES.before);
  await page.evaluate((h) => {
    const ta = document.querySelector<HTMLTextAreaElement>('[data-testid="source"]')!;
    ta.value = h + 'x'.repeat(76) .concat('\r\n').repeat(20 * 1024 * 1024 / 78);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, head);
  await page.getByTestId('analyze').click();
  await expect(page.locator('#results')).toContainText(/large message/i, { timeout: 90_000 });
  await expect(page.getByTestId('verdict')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('a report is built in phases: the verdict’s headline first, its why, tiles and fix card and the panels below it in later tasks, for every new analysis', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  // what was built in the render that first inserted the verdict: every node added in that batch of
  // mutations, even one removed again before the batch ends (a render of the whole report that is
  // torn down and rebuilt in phases is caught too)
  const watch = () =>
    page.evaluate(() => {
      const w = window as unknown as { firstRender?: { steps: number; headers: number; why: number; tiles: number; fixCard: number } | null };
      w.firstRender = null;
      const results = document.getElementById('results')!;
      const mo = new MutationObserver((records) => {
        const added = records.flatMap((r) => [...r.addedNodes]).filter((n): n is Element => n instanceof Element);
        const count = (sel: string) => added.reduce((k, n) => k + (n.matches(sel) ? 1 : 0) + n.querySelectorAll(sel).length, 0);
        if (!count('[data-testid="verdict"]')) return;
        w.firstRender = { steps: count('[data-step]'), headers: count('#headers-title, #dns-title'), why: count('[data-testid="verdict-why"]'), tiles: count('[data-testid^="tile-"]'), fixCard: count('[data-testid="verdict-check"]') };
        mo.disconnect();
      });
      mo.observe(results, { childList: true, subtree: true });
    });
  const firstRender = () => page.evaluate(() => (window as unknown as { firstRender?: unknown }).firstRender);
  for (const sample of [SAMPLES.before, SAMPLES.after]) {
    await watch();
    await pasteAndAnalyze(page, readSample(sample));
    // (the previous report stays on screen until the new one is rendered)
    await expect.poll(firstRender).toEqual({ steps: 0, headers: 0, why: 0, tiles: 0, fixCard: 0 });
    // and the rest follows
    await expect(page.getByTestId('verdict-why')).toBeVisible();
    await expect(page.locator('[data-testid^="tile-"]')).toHaveCount(3);
    await expect(page.locator('[data-step="dmarc-result"]')).toHaveCount(1);
    await expect(page.locator('#headers-title')).toBeAttached();
    await expect(page.locator('#dns-title')).toBeAttached();
  }
});

test('no render task builds more than 100 elements of the report (the steps and the requirements come two at a time)', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  // elements added per batch of mutations (one per render task), once the verdict is there
  await page.evaluate(() => {
    const w = window as unknown as { batches: number[] };
    w.batches = [];
    new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n): n is Element => n instanceof Element);
      w.batches.push(added.reduce((k, n) => k + 1 + n.querySelectorAll('*').length, 0));
    }).observe(document.getElementById('results')!, { childList: true, subtree: true });
  });
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.locator('[data-req]')).toHaveCount(12);
  await expect(page.locator('#share-title')).toBeAttached();
  const batches = await page.evaluate(() => (window as unknown as { batches: number[] }).batches);
  expect(batches.length).toBeGreaterThan(10);
  expect(Math.max(...batches)).toBeLessThanOrEqual(100);
});

test('a new DNS-over-HTTPS resolver in the settings analyses the message again, asking it', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  const asked = doh.requests.length;
  expect(doh.requests.every((r) => r.accept === 'application/dns-json')).toBe(true);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByTestId('doh-input').fill(doh.url);
  await page.getByLabel('RFC 8484 wire format').check();
  await page.getByRole('button', { name: 'Save' }).click();
  // the same server, now asked in RFC 8484 wire format
  await expect.poll(() => doh.requests.slice(asked).filter((r) => r.accept === 'application/dns-message').length).toBeGreaterThan(0);
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
});
