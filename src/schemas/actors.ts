/**
 * The actor map of an agenda or a plan (CONPES 4091, Actividad 1: «realice un mapeo de actores
 * … su incidencia, el propósito de la articulación … y un repositorio con los contactos de
 * cada actor»). Declared once here and used by both collections, so the CMS, the JSON Schema,
 * the check and the `actors` open-data dataset all read the same field list.
 *
 * An actor is an organisation, never a person: an entity of the taxonomy or the name of an
 * organisation that is not one (a social organisation, a university, a company, a cooperation
 * agency, a community). Its contact is the shared institutional `contact`, so the personal-data
 * check refuses a personal e-mail or a person's mobile there as everywhere else.
 */
import { z } from 'zod';
import type { SchemaContext } from './context.ts';
import { contact, oneOf, ref, text } from './fields.ts';

/** What an actor does in the agenda or plan, in the words of Colombian actor maps. */
export const actorRoles = [
  'convoca',
  'financia',
  'ejecuta',
  'acompana-tecnicamente',
  'participa',
  'ejerce-veeduria',
] as const;
export type ActorRole = (typeof actorRoles)[number];

export const actorRoleNames: Record<ActorRole, string> = {
  convoca: 'Convoca',
  financia: 'Financia',
  ejecuta: 'Ejecuta',
  'acompana-tecnicamente': 'Acompaña técnicamente',
  participa: 'Participa',
  'ejerce-veeduria': 'Ejerce veeduría',
};

export const actorTypes = [
  'entidad-nacional',
  'entidad-territorial',
  'esquema-asociativo',
  'organizacion-social',
  'comunidad',
  'academia',
  'sector-privado',
  'cooperacion-internacional',
] as const;

export type ActorType = (typeof actorTypes)[number];
export const actorTypeNames: Record<ActorType, string> = {
  'entidad-nacional': 'Entidad pública nacional',
  'entidad-territorial': 'Entidad territorial',
  'esquema-asociativo': 'Esquema asociativo territorial',
  'organizacion-social': 'Organización social',
  comunidad: 'Comunidad u organización étnica',
  academia: 'Academia',
  'sector-privado': 'Sector privado',
  'cooperacion-internacional': 'Cooperación internacional',
};

/** Influence and interest: the two axes of the usual actor-map grid. */
export const actorLevels = ['alta', 'media', 'baja'] as const;
export type ActorLevel = (typeof actorLevels)[number];
export const actorLevelNames: Record<ActorLevel, string> = { alta: 'Alta', media: 'Media', baja: 'Baja' };
/** «Interés» is masculine: «interés alto», as «influencia alta». */
export const actorInterestNames: Record<ActorLevel, string> = { alta: 'Alto', media: 'Medio', baja: 'Bajo' };

export const ACTORS_MAX = 40;

export const actor = (ctx: SchemaContext) =>
  z
    .object({
      entity: ref(ctx, 'entities', {
        label: 'Entidad',
        hint: 'Si el actor es una entidad del listado de entidades, elíjala aquí; si no, escriba el nombre de la organización.',
      })
        .optional()
        .meta({ conditional: true }),
      organisation: text(
        {
          label: 'Organización',
          hint: 'Nombre de la organización que no está en el listado de entidades (organización social, universidad, empresa, agencia de cooperación, comunidad). Nunca el nombre de una persona.',
        },
        { max: 160 },
      )
        .optional()
        .meta({ conditional: true }),
      type: oneOf(actorTypes, {
        label: 'Tipo de actor',
        hint: 'Qué clase de organización es.',
        options: actorTypeNames,
      }),
      role: oneOf(actorRoles, {
        label: 'Rol',
        hint: 'Qué hace el actor en la agenda o el plan.',
        options: actorRoleNames,
      }),
      influence: oneOf(actorLevels, {
        label: 'Influencia',
        hint: 'Cuánto puede incidir en el resultado: decisiones, recursos, convocatoria.',
        options: actorLevelNames,
      }),
      interest: oneOf(actorLevels, {
        label: 'Interés',
        hint: 'Cuánto le importa o le afecta el resultado.',
        options: actorInterestNames,
      }),
      purpose: text(
        {
          label: 'Propósito de su participación',
          hint: 'Para qué participa y en qué actividades interviene.',
        },
        { min: 10, max: 300 },
      ),
      contact: contact(ctx).optional(),
    })
    .superRefine((a, issues) => {
      if (Boolean(a.entity) === Boolean(a.organisation))
        issues.addIssue({
          code: 'custom',
          path: ['organisation'],
          message: a.entity
            ? 'Elija la entidad o escriba el nombre de la organización, no ambos.'
            : 'Elija una entidad del listado o escriba el nombre de la organización.',
        });
    })
    .meta({
      label: 'Actor',
      hint: 'Una organización que participa, nunca una persona: su rol, su influencia, su interés y su contacto institucional.',
    });

/** The actor map field of agendas and plans: optional, empty by default. */
export const actorMap = (ctx: SchemaContext) =>
  z
    .array(actor(ctx))
    .max(ACTORS_MAX, { error: `Agregue como máximo ${ACTORS_MAX} actores.` })
    .default([])
    .meta({
      label: 'Mapa de actores',
      hint: `Organizaciones que participan, con su rol, influencia, interés, propósito y contacto institucional. Solo organizaciones, nunca personas. Hasta ${ACTORS_MAX}.`,
    });

/**
 * One row of the `actors` open-data dataset: the actor and the agenda or plan whose map it is
 * in (exactly one of the two references is filled).
 */
export const actorRecord = (ctx: SchemaContext) =>
  z.object({
    agenda: ref(ctx, 'agendas', { label: 'Agenda', hint: 'Agenda de desarrollo cuyo mapa de actores lo incluye.' })
      .optional()
      .meta({ conditional: true }),
    plan: ref(ctx, 'plans', { label: 'Plan de trabajo', hint: 'Plan de trabajo cuyo mapa de actores lo incluye.' })
      .optional()
      .meta({ conditional: true }),
    ...actor(ctx).shape,
  });
