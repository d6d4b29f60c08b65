// Every catalogue has exactly the English keys, and each text uses the same {parameters}:
// a translation that drops or invents a parameter fails here.
import { describe, expect, it } from 'vitest';
import { EN_CATALOGUE, type Catalogue, loadCatalogue, renderText, textParams, type TextCode } from '../../../src/lib/findings/index.ts';

describe('catalogues', async () => {
  const ja = await loadCatalogue('ja');
  const codes = Object.keys(EN_CATALOGUE).sort() as TextCode[];

  it('ja has exactly the English keys', () => {
    expect(Object.keys(ja).sort()).toEqual(codes);
  });

  it.each(codes)('%s: same parameters in en and ja, no empty text', (code) => {
    expect(textParams(ja[code])).toEqual(textParams(EN_CATALOGUE[code]));
    expect(ja[code].trim()).not.toBe('');
    expect(EN_CATALOGUE[code].trim()).not.toBe('');
  });

  it('renders parameters as given and leaves unknown ones', () => {
    expect(renderText(EN_CATALOGUE, 'actor.owner')).toBe('the domain owner');
    const cat = { ...EN_CATALOGUE, 'actor.owner': 'x {a} {b}' } as Catalogue;
    expect(renderText(cat, 'actor.owner', { a: '<b>1</b>' })).toBe('x <b>1</b> {b}');
    expect(renderText(cat, 'actor.owner', { constructor: 1 } as never)).toBe('x {a} {b}');
  });

  it('an English catalogue is returned for en and unknown languages', async () => {
    expect(await loadCatalogue('en')).toBe(EN_CATALOGUE);
    expect(await loadCatalogue(undefined)).toBe(EN_CATALOGUE);
  });
});
