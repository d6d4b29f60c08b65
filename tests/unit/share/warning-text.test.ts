import { describe, expect, it } from 'vitest';
import { redactMessage, type RedactOptions } from '../../../src/lib/share/redact.ts';
import { redactionWarningText } from '../../../src/lib/share/warning-text.ts';
import { EN_PAGE_CATALOGUE, loadPageCatalogue } from '../../../src/lib/findings/page.ts';
import { haveShared, readShared } from '../../support/shared.ts';

const SES = 'samples/ses-before-custom-mail-from.eml';
const hasSes = haveShared(SES);
const ses = hasSes ? readShared(SES) : '';
const ALL: RedactOptions = { localParts: true, ips: true, subject: true, messageId: true, recipients: true, body: true };

// a DKIM signature covering From and To twice, and an ARC message signature covering From
const SIGNED = [
  'ARC-Message-Signature: i=1; a=rsa-sha256; d=list.example; s=arc; h=from:subject; bh=abc=; b=def=',
  'DKIM-Signature: v=1; a=rsa-sha256; d=example.jp; s=sel; i=info@example.jp; h=from:to:from; bh=abc=; b=def=',
  'Received: from mail.example.jp (mail.example.jp [203.0.113.7]) by mx.example.net',
  'From: Info <info@example.jp>',
  'To: someone@example.net',
  'Subject: hello',
  '',
  'body',
  '',
].join('\r\n');

const CASES: [string, string, RedactOptions][] = [
  ['SES, every option', ses, ALL],
  ['SES, IPs only', ses, { ips: true }],
  ['SES, body only', ses, { body: true }],
  ['local parts of signed fields', SIGNED, { localParts: true }],
  ['recipients and IPs', SIGNED, { recipients: true, ips: true, body: true }],
];

describe('redaction warnings on the page', () => {
  it.each(CASES)('%s: English is the warning message, Japanese is translated', async (_name, text, opts) => {
    if (text === '') return; // the shared samples are absent
    const ja = await loadPageCatalogue('ja');
    const { warnings } = redactMessage(text, opts);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      // the warning's English message is the page's English text (both from the catalogue)
      expect(redactionWarningText(EN_PAGE_CATALOGUE, w)).toBe(w.message);
      expect(w.message, w.code).not.toMatch(/\{\w+\}|undefined/);
      const jaText = redactionWarningText(ja, w);
      expect(jaText, w.code).not.toBe(w.message);
      expect(jaText, w.code).toMatch(/[\u3040-\u30ff]/);
      expect(jaText, w.code).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the signature field itself when it changed', async () => {
    const ja = await loadPageCatalogue('ja');
    const message =
      "The DKIM signature of example.jp (selector sel) covers From, the DKIM-Signature field itself, which redaction changed, so it will not verify in the shared view. That is expected: the receiver's Authentication-Results show whether it verified on delivery.";
    const w = {
      code: 'redaction-breaks-dkim',
      severity: 'warning' as const,
      message,
      params: { d: 'example.jp', s: 'sel', headers: 'From, the DKIM-Signature field itself', signed: 'From', field: 'DKIM-Signature' },
    };
    expect(redactionWarningText(EN_PAGE_CATALOGUE, w)).toBe(message);
    expect(redactionWarningText(ja, w)).toContain('From, DKIM-Signature フィールド自体');
    expect(redactionWarningText(EN_PAGE_CATALOGUE, { ...w, params: { ...w.params, signed: '' } })).toContain('covers the DKIM-Signature field itself, which');
  });

  it.skipIf(!hasSes)('the SES sample: every warning has a page text', () => {
    for (const w of redactMessage(ses, ALL).warnings) expect(Object.keys(EN_PAGE_CATALOGUE)).toContain(`share.warning.${w.code}`);
  });

  it('a code without a page text shows its message', () => {
    expect(redactionWarningText(EN_PAGE_CATALOGUE, { code: 'redaction-new', severity: 'info', message: 'As written.' })).toBe('As written.');
  });
});
