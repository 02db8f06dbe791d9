/**
 * What the actor map of an agenda or a plan shows (CONPES 4091, Actividad 1: «mapeo de actores»):
 * the actors grouped by their role, in the schema's order, each with its type, influence,
 * interest, purpose and institutional contact; and the usual influence × interest grid, so a
 * reader sees at a glance who decides and who is most concerned. An actor that is an entity of
 * the taxonomy and has no contact of its own shows the entity's contact. Pure: the loaders give
 * the actors and the entity lookup.
 */
import {
  type ActorLevel,
  type ActorRole,
  type ActorType,
  actorInterestNames,
  actorLevelNames,
  actorLevels,
  actorRoleNames,
  actorRoles,
  actorTypeNames,
} from '../../schemas/actors.ts';
import type { CollectionData } from '../../schemas/types.ts';

/** An actor as its schema validates it (schemas/actors.ts), shared by agendas and plans. */
export type ActorData = CollectionData<'plans'>['actors'][number];

/** An institutional contact as the shared `contact` schema declares it. */
export type ActorContact = NonNullable<ActorData['contact']>;

/** What the map needs of an entity of the taxonomy: its name and its own contact. */
export type EntityLookup = (id: string) => { name: string; acronym?: string; contact?: ActorContact };

export interface ActorRow {
  name: string;
  /** The entity's acronym where it has one, for the grid's narrow cells; the name otherwise. */
  shortName: string;
  type: ActorType;
  typeName: string;
  role: ActorRole;
  influence: ActorLevel;
  influenceName: string;
  interest: ActorLevel;
  interestName: string;
  purpose: string;
  contact?: ActorContact;
}

export interface ActorGroup {
  role: ActorRole;
  name: string;
  actors: ActorRow[];
}

/** One row of the grid: an influence level, and for each interest level the actors there. */
export interface ActorGridRow {
  influence: ActorLevel;
  name: string;
  cells: { interest: ActorLevel; name: string; actors: string[] }[];
}

export interface ActorMapView {
  count: number;
  groups: ActorGroup[];
  /** Influence from high to low (rows), interest from low to high (columns), as the grid is usually drawn. */
  grid: ActorGridRow[];
}

const withoutEmpty = (c: ActorContact): ActorContact =>
  Object.fromEntries(Object.entries(c).filter(([, v]) => typeof v === 'string' && v !== '')) as unknown as ActorContact;

/** «Programa de las Naciones Unidas para el Desarrollo (PNUD)» → «PNUD»: the acronym an editor wrote last, in brackets. */
const shortOrganisation = (name: string) => /\(([^()]{2,15})\)$/.exec(name.trim())?.[1] ?? name;

export function actorRow(a: ActorData, entityOf: EntityLookup): ActorRow {
  const entity = a.entity ? entityOf(a.entity.id) : undefined;
  const contact = a.contact ?? entity?.contact;
  return {
    name: entity?.name ?? a.organisation ?? '',
    shortName: entity?.acronym ?? entity?.name ?? shortOrganisation(a.organisation ?? ''),
    type: a.type,
    typeName: actorTypeNames[a.type],
    role: a.role,
    influence: a.influence,
    influenceName: actorLevelNames[a.influence],
    interest: a.interest,
    interestName: actorInterestNames[a.interest],
    purpose: a.purpose,
    ...(contact ? { contact: withoutEmpty(contact) } : {}),
  };
}

const levelRank = (l: ActorLevel) => actorLevels.indexOf(l);

export function actorMapView(actors: readonly ActorData[], entityOf: EntityLookup): ActorMapView {
  const rows = actors.map((a) => actorRow(a, entityOf));
  // Within a role, the most influential first; the editor's order breaks ties.
  const groups = actorRoles
    .map((role) => ({
      role,
      name: actorRoleNames[role],
      actors: rows
        .filter((r) => r.role === role)
        .map((r, i) => ({ r, i }))
        .sort((x, y) => levelRank(x.r.influence) - levelRank(y.r.influence) || x.i - y.i)
        .map(({ r }) => r),
    }))
    .filter((g) => g.actors.length > 0);
  const interests = [...actorLevels].reverse();
  const grid = actorLevels.map((influence) => ({
    influence,
    name: actorLevelNames[influence],
    cells: interests.map((interest) => ({
      interest,
      name: actorInterestNames[interest],
      actors: rows.filter((r) => r.influence === influence && r.interest === interest).map((r) => r.shortName),
    })),
  }));
  return { count: rows.length, groups, grid };
}
