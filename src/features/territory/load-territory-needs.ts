/**
 * «Necesidades identificadas» on a territory's page: the published needs that name the
 * municipality, or, on a department's page, that name the department or any of its
 * municipalities, each with its status as the demand feature computes it, and a link to that
 * department's page of `/demanda/` (the demand feature's facet page), where every one of them
 * is listed with its filters. Needs are filed by place once per build, so a page reads its own
 * list and nothing else.
 */
import { oncePerBuild } from '../../core/once-per-build.ts';
import { placesLine } from '../../core/cards.ts';
import { departmentCode, isDepartmentLevel } from '../../core/places.ts';
import { collectionHref, entryHref } from '../../core/urls.ts';
import { PREVIEW_SIZE } from '../../core/pagination.ts';
import { t } from '../../i18n/index.ts';
import { DEPARTMENT_FACET, demandData, demandFacetHref, type NeedStatus } from '../demand/index.ts';

export interface TerritoryNeed {
  title: string;
  href: string;
  status: NeedStatus;
  statusName: string;
  /** The places the need names, as a card says them. */
  places: string;
}

export interface TerritoryNeedsModel {
  /** «2 necesidades · 1 sin oferta». */
  count: string;
  /** The first needs, most recently published first. */
  needs: TerritoryNeed[];
  /** The department's page of the identified demand. */
  more: { href: string; text: string };
}

const fileUnder = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key) ?? map.set(key, []).get(key)!;
  if (list.at(-1) !== value) list.push(value);
};

/** Each place's needs and each department's (its own and its municipalities'), once per build. */
export const needsByPlace = oncePerBuild(async function needsByPlace() {
  const data = await demandData();
  const nameOf = data.tax.nameOf('territories');
  const byPlace = new Map<string, TerritoryNeed[]>();
  /** What each municipality's needs say, for the likeness of «prácticas de municipios como este». */
  const words = new Map<string, { title: string; summary: string; themes: string[] }[]>();
  for (const { entry, item } of data.byId.values()) {
    const codes = entry.data.territories.map((r) => r.id);
    const need: TerritoryNeed = {
      title: entry.data.title,
      href: entryHref('needs', entry.id),
      status: item.status,
      statusName: t(`demand.status.${item.status}`),
      places: placesLine(entry.data.territories.map(nameOf)),
    };
    const said = {
      title: entry.data.title,
      summary: entry.data.summary,
      themes: data.tax.terms('themes', entry.data.themes).map((theme) => theme.name),
    };
    for (const code of codes) {
      if (isDepartmentLevel(code)) continue;
      fileUnder(byPlace, code, need);
      fileUnder(words, code, said);
    }
    // A department's list: the need once, whether it names the department, its municipalities or both.
    for (const code of new Set(codes.map(departmentCode))) fileUnder(byPlace, code, need);
  }
  return { byPlace, words, departmentName: nameOf };
});

/** The needs identified in a territory, or nothing when none names it. */
export async function territoryNeeds(code: string): Promise<TerritoryNeedsModel | undefined> {
  const { byPlace, departmentName } = await needsByPlace();
  const needs = byPlace.get(code) ?? [];
  if (needs.length === 0) return undefined;
  const department = departmentCode(code);
  const inDepartment = byPlace.get(department)?.length ?? needs.length;
  const withoutOffer = needs.filter((n) => n.status === 'sin-oferta').length;
  return {
    count: `${t('demand.count', { n: needs.length })} · ${t('demand.withoutOfferCount', { n: withoutOffer })}`,
    needs: needs.slice(0, PREVIEW_SIZE),
    more: {
      href: demandFacetHref(collectionHref('needs'), { facet: DEPARTMENT_FACET, value: department }),
      text: t('territory.needsMore', { n: inDepartment, department: departmentName({ id: department }) }),
    },
  };
}
