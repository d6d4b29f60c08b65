// Words for a diagnosis, from its code and parameters (re-rendered on a language switch).
import type { PageCatalogue as Catalogue, PageCode as TextCode } from '../findings/page.ts';
import { renderText } from '../findings/render.ts';
import type { FindingParams } from '../findings/types.ts';

/** The identifiers that passed aligned, as the nothing-to-fix text names them ("SPF, DKIM"). */
export function alignedIdentifiers(spf: boolean, dkim: boolean): string {
  return spf && dkim ? 'SPF, DKIM' : dkim ? 'DKIM' : spf ? 'SPF' : '—';
}

export function renderDiagnosis(cat: Catalogue, code: string, params: FindingParams = {}): string {
  const p: FindingParams = { ...params };
  const how = typeof p.how === 'string' ? (`diag.how.${p.how}` as TextCode) : null;
  if (how && how in cat) p.how = cat[how];
  const key = `diag.${code}` as TextCode;
  return key in cat ? renderText(cat, key, p) : code;
}

export function renderActor(cat: Catalogue, actor: string): string {
  const key = `actor.${actor}` as TextCode;
  return key in cat ? cat[key] : actor;
}
