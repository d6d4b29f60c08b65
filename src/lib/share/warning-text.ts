// The share panel's redaction warnings (share/redact.ts) in the page's language: rendered from the
// page catalogue by code (area share, keys share.warning.<code>); a code the catalogue lacks shows
// the warning's own English message.
import { renderText } from '../findings/render.ts';
import type { PageCatalogue, PageCode } from '../findings/page.ts';
import type { Problem } from '../types.ts';

export function redactionWarningText(cat: PageCatalogue, w: Problem): string {
  const code = `share.warning.${w.code}`;
  if (!Object.prototype.hasOwnProperty.call(cat, code)) return w.message;
  const params = { ...w.params };
  if (w.code === 'redaction-breaks-dkim' || w.code === 'redaction-breaks-arc') {
    // the changed fields the signature covers, then the signature field itself when it changed
    const itself = params.field !== undefined ? renderText(cat, 'share.warning.field-itself', { field: params.field }) : '';
    params.headers = [String(params.signed ?? ''), itself].filter((x) => x !== '').join(', ');
  }
  return renderText(cat, code as PageCode, params);
}
