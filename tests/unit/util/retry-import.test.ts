// A failed dynamic import is retried under a fresh URL (Chromium keeps the failure for the page's life).
import { describe, expect, it } from 'vitest';
import { failedModuleUrl, retryUrl } from '../../../src/lib/util/retry-import.ts';

describe('failedModuleUrl', () => {
  it.each([
    ['TypeError: Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/DomainCheck-fatnWBWu.js', 'http://127.0.0.1:4173/assets/DomainCheck-fatnWBWu.js'],
    ['error loading dynamically imported module: https://app.example/assets/domaincheck-8nK3DnA0.js', 'https://app.example/assets/domaincheck-8nK3DnA0.js'],
    ['Importing a module script failed.', null],
    ['', null],
  ])('%s', (message, url) => {
    expect(failedModuleUrl(new TypeError(message))).toBe(url);
  });
  it('a retry asks for a URL of its own', () => {
    expect(retryUrl('https://app.example/assets/x-1.js', 2)).toBe('https://app.example/assets/x-1.js?retry=2');
  });
});
