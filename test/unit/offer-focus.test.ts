/**
 * The differential focus of offers (issue 18, item 4): the one reach rule (`focusReaches`, with
 * `profileFit`) on a municipality whose profile matches, does not match or is unknown, and on a
 * department; the «Oferta para territorios como este» choice and its reasons; the «Dirigida a»
 * line; and the catalogue's capacity-group, category and PDET facets with their counts.
 */
import { describe, expect, it } from 'vitest';
import { focusReaches, profileFit, type Focus } from '../../src/core/places.ts';
import { offersLikeThisPlace } from '../../src/features/territory/offers-like-this.ts';
import { offersReaching } from '../../src/features/territory/territory-view.ts';
import { offerAudience } from '../../src/render/offer-audience.ts';
import { buildOfferCatalogue, PDET_FACET, PDET_VALUE } from '../../src/features/catalogue/offer-catalogue.ts';
import { filterItems } from '../../src/features/catalogue/facet-counts.ts';
import type { ProfileValues } from '../../src/schemas/territory-profile.ts';

const regionOf = (dept: string) => ({ '27': 'pacifico', '52': 'pacifico', '15': 'centro-oriente' })[dept];
const national = (more: Partial<Focus> = {}): Focus => ({ scope: 'nacional', regions: [], territories: [], ...more });

/** Profiles as the demo territories have them. */
const bojaya: ProfileValues = { pdetSubregion: 'Chocó', category: '6', capacityGroup: 'G5' };
const quibdo: ProfileValues = { category: '4', capacityGroup: 'C' };
const unprofiled: ProfileValues = {};

describe('the reach rule with a differential focus', () => {
  it('reaches a municipality whose profile matches every named criterion', () => {
    const focus = national({ capacityGroups: ['G4', 'G5'], categories: ['5', '6'], pdet: true });
    expect(profileFit(focus, bojaya)).toBe('fits');
    expect(focusReaches(focus, '27099', regionOf, bojaya)).toBe(true);
  });

  it('does not reach a municipality whose profile contradicts one named criterion', () => {
    expect(focusReaches(national({ capacityGroups: ['G1'] }), '27099', regionOf, bojaya)).toBe(false);
    expect(focusReaches(national({ categories: ['especial', '1'] }), '27099', regionOf, bojaya)).toBe(false);
    expect(focusReaches(national({ pdet: true }), '27001', regionOf, quibdo)).toBe(false);
    expect(focusReaches(national({ pdetSubregions: ['Putumayo'] }), '27099', regionOf, bojaya)).toBe(false);
    // Every criterion must match: a right group does not make up for a wrong category.
    expect(profileFit(national({ capacityGroups: ['G5'], categories: ['1'] }), bojaya)).toBe('misfit');
  });

  it('names a PDET subregion: only PDET municipalities of it', () => {
    const focus = national({ pdetSubregions: ['Chocó', 'Pacífico Medio'] });
    expect(focusReaches(focus, '27099', regionOf, bojaya)).toBe(true);
    expect(profileFit(focus, quibdo)).toBe('misfit');
  });

  it('keeps the offer where the profile has no value for a named criterion', () => {
    expect(profileFit(national({ capacityGroups: ['G5'] }), { category: '6' })).toBe('unknown');
    expect(focusReaches(national({ capacityGroups: ['G5'] }), '27099', regionOf, { category: '6' })).toBe(true);
    expect(profileFit(national({ pdet: true }), unprofiled)).toBe('unknown');
    expect(focusReaches(national({ pdet: true, categories: ['6'] }), '27001', regionOf, undefined)).toBe(true);
    // A known mismatch still hides it, whatever else is unknown.
    expect(focusReaches(national({ capacityGroups: ['G1'], pdet: true }), '27', regionOf, undefined)).toBe(true);
    expect(
      focusReaches(national({ capacityGroups: ['G1'], pdet: true }), '27099', regionOf, { capacityGroup: 'G5' }),
    ).toBe(false);
  });

  it('leaves a department to the territorial reach: it has no profile', () => {
    const focus: Focus = { scope: 'departamental', regions: [], territories: [{ id: '27' }], capacityGroups: ['G1'] };
    expect(focusReaches(focus, '27', regionOf, undefined)).toBe(true);
    expect(focusReaches(focus, '52', regionOf, undefined)).toBe(false);
    // …even if a profile were passed for it.
    expect(focusReaches(focus, '27', regionOf, bojaya)).toBe(true);
  });

  it('still requires the territorial reach', () => {
    const focus: Focus = { scope: 'municipal', regions: [], territories: [{ id: '27001' }], pdet: true };
    expect(focusReaches(focus, '27099', regionOf, bojaya)).toBe(false);
  });

  it('an offer for every profile is open to all', () => {
    expect(profileFit(national(), bojaya)).toBe('open');
    expect(profileFit(national(), undefined)).toBe('open');
  });

  it('filters the offers of a territory page with it', () => {
    const offer = (id: string, more: Partial<Focus>) => ({
      id,
      data: { territorialFocus: national(more), phases: [] },
    });
    const offers = [offer('all', {}), offer('pdet', { pdet: true }), offer('g1', { capacityGroups: ['G1'] })];
    expect(offersReaching(offers, '27099', regionOf, bojaya).map((o) => o.id)).toEqual(['all', 'pdet']);
    expect(offersReaching(offers, '27001', regionOf, quibdo).map((o) => o.id)).toEqual(['all']);
    expect(offersReaching(offers, '27', regionOf, undefined).map((o) => o.id)).toEqual(['all', 'pdet', 'g1']);
  });
});

describe('«Oferta para territorios como este»', () => {
  const offer = (id: string, more: Partial<Focus>) => ({ id, data: { territorialFocus: national(more) } });
  const card = (o: { id: string }) => ({
    href: `/oferta/${o.id}/`,
    title: o.id,
    summary: '',
    kicker: 'Oferta',
    meta: [],
  });

  it('lists the offers aimed at the profile, each saying why it fits', () => {
    const offers = [
      offer('all', {}),
      offer('pdet', { pdet: true }),
      offer('choco', { pdetSubregions: ['Chocó'], capacityGroups: ['G4', 'G5'] }),
      offer('sexta', { categories: ['6'] }),
      offer('g1', { capacityGroups: ['G1'] }),
      offer('unknown-pdet', { pdet: true }),
    ];
    const like = offersLikeThisPlace(offers.slice(0, 5), bojaya, card);
    expect(like.map((o) => [o.card.href, o.reasons])).toEqual([
      ['/oferta/pdet/', ['Para municipios PDET']],
      ['/oferta/choco/', ['Para municipios PDET de la subregión Chocó', 'Para municipios del grupo G5']],
      ['/oferta/sexta/', ['Para municipios de categoría 6']],
    ]);
    expect(like[1]!.card.kicker).toBe('Para municipios PDET de la subregión Chocó · Para municipios del grupo G5');
  });

  it('leaves out offers whose fit is unknown, and has nothing for a department', () => {
    const offers = [offer('pdet', { pdet: true }), offer('g5', { capacityGroups: ['G5'] })];
    expect(offersLikeThisPlace(offers, { category: '6' }, card)).toEqual([]);
    expect(offersLikeThisPlace(offers, undefined, card)).toEqual([]);
  });
});

describe('whom an offer is meant for', () => {
  it('says it in one line', () => {
    expect(
      offerAudience({
        pdet: true,
        pdetSubregions: ['Chocó', 'Pacífico Medio'],
        capacityGroups: ['G4', 'G5'],
        categories: ['5', '6'],
      }),
    ).toBe('municipios PDET (Chocó, Pacífico Medio) · grupos G4 y G5 · categorías 5 y 6');
    expect(offerAudience({ pdet: true, categories: ['6'] })).toBe('municipios PDET · categoría 6');
    expect(offerAudience({ capacityGroups: ['G3', 'G4', 'G5'] })).toBe('grupos G3, G4 y G5');
    expect(offerAudience({})).toBe('');
  });
});

describe('the catalogue’s differential-focus facets', () => {
  const territories = new Map([
    ['27', { id: '27', name: 'Chocó', region: { id: 'pacifico' } }],
    ['52', { id: '52', name: 'Nariño', region: { id: 'pacifico' } }],
  ]);
  const tax = {
    all: { territories },
    nameOf: () => (ref: { id: string }) => territories.get(ref.id)?.name ?? ref.id,
    terms: () => [],
  };
  const offer = (id: string, more: Partial<Focus>) => ({
    id,
    data: { title: id, summary: id, themes: [], territorialFocus: national(more) },
  });
  const catalogue = buildOfferCatalogue(
    [
      offer('general', {}),
      offer('pdet', { pdet: true }),
      offer('choco', { pdetSubregions: ['Chocó'], capacityGroups: ['G4', 'G5'] }),
      offer('g5-sexta', { capacityGroups: ['G5'], categories: ['6'] }),
      offer('quinta', { categories: ['5', '6'] }),
    ],
    tax as never,
  );
  const present = (key: string) =>
    Object.fromEntries(catalogue.facets.find((f) => f.key === key)!.present.map((v) => [v.value, v.count]));
  const listed = (key: string, value: string) =>
    filterItems(catalogue.items, { [key]: [value] })
      .map((i) => i.id)
      .sort();

  it('count the offers that name each value, and list exactly those', () => {
    expect(present('grupo-capacidades')).toEqual({ G4: 1, G5: 2 });
    expect(present('categoria')).toEqual({ '5': 1, '6': 2 });
    expect(present(PDET_FACET)).toEqual({ [PDET_VALUE]: 2 });
    expect(listed('grupo-capacidades', 'G5')).toEqual(['choco', 'g5-sexta']);
    expect(listed('categoria', '6')).toEqual(['g5-sexta', 'quinta']);
    expect(listed(PDET_FACET, PDET_VALUE)).toEqual(['choco', 'pdet']);
  });

  it('are standalone facets: a page per value, no pairs', () => {
    for (const key of ['grupo-capacidades', 'categoria', PDET_FACET])
      expect(catalogue.facets.find((f) => f.key === key)!.standalone).toBe(true);
  });

  it('names values with the schema’s words', () => {
    const group = catalogue.facets.find((f) => f.key === 'grupo-capacidades')!;
    expect(group.present.find((v) => v.value === 'G5')!.name).toBe('G5 · Nivel bajo');
  });
});
