// The Japanese page speaks Japanese (issue 14): on the SES sample, with every panel open and the
// live DNS check run, no English sentence is shown outside raw data (header values, DNS answers,
// records, code), which carries translate="no". An "English sentence" here is a run of four or
// more English words; protocol terms (SPF, DKIM, MAIL FROM, TXT, d=…) and names are not words.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, appUrl, openEverything, pasteAndAnalyze, readSample, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), 'the SES samples are missing');


/** Text the reader sees outside raw data, one entry per element that holds text directly. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[translate="no"], script, style, textarea, noscript, [hidden]')) continue;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    return out;
  });
}

// Names of products and people's tools, and protocol words that read as English but are terms.
const NAMES = new Set(
  'Amazon Simple Email Service Google Workspace Gmail Outlook Apple Mail Thunderbird Yahoo Microsoft Exchange Online Office Mailgun SendGrid Postmark SparkPost Mandrill Mailchimp Brevo Klaviyo HubSpot Constant Contact Mailjet Zoho Salesforce Marketing Cloud Zendesk Freshdesk Intercom Resend Cloudflare Route Console Authentication Results Received Return Path Message From To Subject Date Reply Sender Signature Seal Feedback Report'.split(
    ' ',
  ),
);

function englishRuns(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length >= 4) runs.push(run.join(' '));
    run = [];
  };
  // words are separated by white space; light punctuation around a word is not part of it, and
  // ends a run when it is not a comma (a token with ":" "=" "." "/" inside is data, not a word)
  for (const token of text.split(/\s+/)) {
    const word = token.replace(/^[("“'‘]+/, '').replace(/[),;:"”'’.!?]+$/, '');
    if (/^[A-Za-z][a-z]+$/.test(word) && !NAMES.has(word)) {
      run.push(token);
      if (/[;:)"”.!?]$/.test(token)) end();
    } else end();
  }
  end();
  return runs;
}

test('the detector finds English runs and lets terms, names and short labels through', () => {
  expect(englishRuns('SPF は pass ですが the domain is not aligned with From')).toEqual(['the domain is not aligned with']);
  expect(englishRuns('Amazon SES の MAIL FROM を mail.example.com に設定します')).toEqual([]);
  expect(englishRuns('DKIM-Signature (line 18)')).toEqual([]);
  expect(englishRuns('Open the console and choose Verified identities.')).toEqual(['Open the console and choose Verified identities.']);
  expect(englishRuns('識別子 (例: campaign:customer:type:sender) で')).toEqual([]);
  expect(englishRuns('二つの文 (the first one, then the second one) です')).toEqual(['(the first one, then the second one)']);
});

/** The page in a Japanese browser (1280 px), its language checked. */
async function openJapanese(browser: Browser, doh: Parameters<typeof appUrl>[0]): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(appUrl(doh));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  return { ctx, page };
}

/** Every run of English words on screen outside raw data, with the text it stands in. */
async function expectNoEnglish(page: Page): Promise<void> {
  const found = (await visibleTexts(page)).flatMap((t) => englishRuns(t).map((r) => `${r}   ← ${t.slice(0, 120)}`));
  expect(found, found.join('\n')).toEqual([]);
}

test('the Japanese page shows no English sentence outside raw data (SES sample, every panel open)', async ({ browser, doh }) => {
  test.setTimeout(90_000);
  const { ctx, page } = await openJapanese(browser, doh);
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByTestId('share')).toBeVisible();
  await page.getByTestId('check-dns').click();
  await expect(page.getByTestId('fix-status').first()).toBeVisible();
  await openEverything(page);
  await expectNoEnglish(page);
  // evidence captions number their lines as Japanese does ("From (36 行目)"), not "(line 36)"
  await expect(page.locator('figcaption, .req-evidence dt').first()).toBeVisible();
  const captions = await page.locator('figcaption, .req-evidence dt').allTextContents();
  expect(captions.filter((c) => /\bline \d/.test(c))).toEqual([]);
  expect(captions.some((c) => /\d+ 行目/.test(c))).toBe(true);
  await ctx.close();
});

test('the Japanese domain check shows no English sentence outside raw data (Amazon SES, every panel open)', async ({ browser, doh }) => {
  test.setTimeout(90_000);
  const { ctx, page } = await openJapanese(browser, doh);
  await page.getByTestId('mode-domain').click();
  await page.getByTestId('domain-input').fill('example.jp');
  await page.getByTestId('domain-service').selectOption('amazon-ses');
  await page.getByTestId('domain-region').fill('ap-northeast-1');
  await page.getByTestId('domain-check').click();
  const results = page.getByTestId('domain-results');
  await expect(results.getByTestId('domain-heading')).toContainText('example.jp');
  await expect(results).toContainText(/[\u3040-\u30ff]/u);
  await results.getByTestId('check-dns').click();
  await openEverything(page);
  await expectNoEnglish(page);
  await ctx.close();
});

// A receiver's spam verdicts (Microsoft 365) and its Authentication-Results: the decoded fields
// and the comparison with our own checks, in Japanese.
const M365 = [
  'Authentication-Results: spf=pass (sender IP is 54.240.27.10) smtp.mailfrom=ap-northeast-1.amazonses.com; dkim=pass (signature was verified) header.d=example.jp;dmarc=pass action=none header.from=example.jp;compauth=pass reason=100',
  'X-Forefront-Antispam-Report: CIP:54.240.27.10;CTRY:JP;LANG:ja;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:e27-10.smtp-out.ap-northeast-1.amazonses.com;PTR:e27-10.smtp-out.ap-northeast-1.amazonses.com;CAT:NONE;SFS:(13230031);DIR:INB;',
  'X-Microsoft-Antispam: BCL:0;',
  'X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID autolearn=ham',
  'From: Example Shop <info@example.jp>',
  'To: someone@example.com',
  'Subject: hi',
  'Date: Sat, 18 May 2024 05:22:57 +0000',
  '',
  'body',
].join('\n');

test('the Japanese page shows no English sentence for a Microsoft 365 message with spam verdicts', async ({ browser, doh }) => {
  const { ctx, page } = await openJapanese(browser, doh);
  await pasteAndAnalyze(page, M365);
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByTestId('share')).toBeVisible();
  await openEverything(page);
  await expect(page.getByTestId('antispam')).toContainText('SCL');
  await expectNoEnglish(page);
  await ctx.close();
});
