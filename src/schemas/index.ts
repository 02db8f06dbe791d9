/**
 * The registry of collections: where each lives, how it is written, what it is called in
 * Spanish and which schema validates it. Astro's content config, the content check, the CMS
 * config and the open-data exports are all derived from this list.
 */
import type { z } from 'zod';
import { agenda } from './agendas.ts';
import type { CollectionName, SchemaContext } from './context.ts';
import { course, courseModule } from './courses.ts';
import { event } from './events.ts';
import { lesson } from './lessons.ts';
import { need, needRecord } from './needs.ts';
import { offer } from './offers.ts';
import { plan } from './plans.ts';
import { practice } from './practices.ts';
import {
  capacityLevel,
  entity,
  phase,
  pnd,
  region,
  sdgGoal,
  sector,
  territory,
  theme,
  valueGroup,
} from './taxonomies.ts';

export interface CollectionDefinition {
  /** Folder under `content/`. */
  folder: string;
  /** `mdx`: front matter plus a prose body; `yaml`: data only. */
  format: 'mdx' | 'yaml';
  /** Spanish name of the collection (plural) and of one entry. */
  label: string;
  labelSingular: string;
  /** For MDX collections: what the body holds. */
  body?: { label: string; hint: string };
  /** First URL segment of the collection's pages, if it has pages of its own. */
  route?: string;
  /** Taxonomies classify; knowledge collections are what readers come for. */
  kind: 'knowledge' | 'taxonomy';
  schema: (ctx: SchemaContext) => z.ZodType;
  /** The schema of its open-data records, when they carry values computed at build besides the entry's fields. */
  exported?: (ctx: SchemaContext) => z.ZodType;
}

export const collections = {
  practices: {
    folder: 'practices',
    format: 'mdx',
    label: 'Buenas prácticas',
    labelSingular: 'Buena práctica',
    body: {
      label: 'Qué se hizo',
      hint: 'La experiencia paso a paso: quiénes, cómo, en qué orden, con qué herramientas.',
    },
    route: 'practicas',
    kind: 'knowledge',
    schema: practice,
  },
  lessons: {
    folder: 'lessons',
    format: 'mdx',
    label: 'Lecciones aprendidas',
    labelSingular: 'Lección aprendida',
    body: { label: 'Relato', hint: 'Contexto adicional de la lección, si hace falta.' },
    route: 'lecciones',
    kind: 'knowledge',
    schema: lesson,
  },
  offers: {
    folder: 'offers',
    format: 'mdx',
    label: 'Oferta institucional',
    labelSingular: 'Oferta',
    body: { label: 'Descripción de la oferta', hint: 'En qué consiste, cómo se presta y qué recibe el territorio.' },
    route: 'oferta',
    kind: 'knowledge',
    schema: offer,
  },
  courses: {
    folder: 'courses',
    format: 'mdx',
    label: 'Formación de formadores',
    labelSingular: 'Curso',
    body: { label: 'Presentación del curso', hint: 'Para qué sirve el curso y cómo se organiza.' },
    route: 'formacion',
    kind: 'knowledge',
    schema: course,
  },
  modules: {
    folder: 'modules',
    format: 'mdx',
    label: 'Módulos',
    labelSingular: 'Módulo',
    body: {
      label: 'Contenido del módulo',
      hint: 'Lo que el formador explica, con ejemplos y preguntas para el grupo.',
    },
    kind: 'knowledge',
    schema: courseModule,
  },
  events: {
    folder: 'events',
    format: 'mdx',
    label: 'Jornadas de formación a formadores',
    labelSingular: 'Jornada de formación',
    // Not «Programa»: editors title a part of the body so (### Programa), and the page read it twice.
    body: { label: 'Sobre la jornada', hint: 'Programa, qué llevar y a quién va dirigida; después, cómo fue.' },
    route: 'formacion/jornadas',
    kind: 'knowledge',
    schema: event,
  },
  agendas: {
    folder: 'agendas',
    format: 'mdx',
    label: 'Agendas de desarrollo',
    labelSingular: 'Agenda de desarrollo',
    body: { label: 'Descripción de la agenda', hint: 'Qué apuestas reúne y cómo se concertó.' },
    route: 'agendas',
    kind: 'knowledge',
    schema: agenda,
  },
  plans: {
    folder: 'plans',
    format: 'mdx',
    label: 'Planes de trabajo',
    labelSingular: 'Plan de trabajo',
    body: { label: 'Descripción del plan', hint: 'Propósito del plan y cómo se concertó.' },
    route: 'planes',
    kind: 'knowledge',
    schema: plan,
  },
  needs: {
    folder: 'needs',
    format: 'mdx',
    label: 'Necesidades identificadas',
    labelSingular: 'Necesidad identificada',
    body: {
      label: 'Descripción de la necesidad',
      hint: 'Qué pasa hoy, a quiénes afecta y qué capacidad falta para resolverlo.',
    },
    route: 'demanda',
    kind: 'knowledge',
    schema: need,
    exported: needRecord,
  },
  territories: {
    folder: 'taxonomies/territories',
    format: 'yaml',
    label: 'Territorios',
    labelSingular: 'Territorio',
    route: 'territorio',
    kind: 'taxonomy',
    schema: territory,
  },
  regions: {
    folder: 'taxonomies/regions',
    format: 'yaml',
    label: 'Regiones',
    labelSingular: 'Región',
    kind: 'taxonomy',
    schema: region,
  },
  themes: {
    folder: 'taxonomies/themes',
    format: 'yaml',
    label: 'Temas',
    labelSingular: 'Tema',
    route: 'temas',
    kind: 'taxonomy',
    schema: theme,
  },
  phases: {
    folder: 'taxonomies/phases',
    format: 'yaml',
    label: 'Ciclo de la gestión pública territorial',
    labelSingular: 'Momento del ciclo',
    route: 'ciclo',
    kind: 'taxonomy',
    schema: phase,
  },
  capacityLevels: {
    folder: 'taxonomies/capacity-levels',
    format: 'yaml',
    label: 'Niveles de capacidad',
    labelSingular: 'Nivel de capacidad',
    kind: 'taxonomy',
    schema: capacityLevel,
  },
  valueGroups: {
    folder: 'taxonomies/value-groups',
    format: 'yaml',
    label: 'Grupos de valor',
    labelSingular: 'Grupo de valor',
    kind: 'taxonomy',
    schema: valueGroup,
  },
  sectors: {
    folder: 'taxonomies/sectors',
    format: 'yaml',
    label: 'Sectores',
    labelSingular: 'Sector',
    kind: 'taxonomy',
    schema: sector,
  },
  entities: {
    folder: 'taxonomies/entities',
    format: 'yaml',
    label: 'Entidades',
    labelSingular: 'Entidad',
    kind: 'taxonomy',
    schema: entity,
  },
  pnd: {
    folder: 'taxonomies/pnd',
    format: 'yaml',
    label: 'Plan Nacional de Desarrollo',
    labelSingular: 'Alineación con el PND',
    kind: 'taxonomy',
    schema: pnd,
  },
  sdg: {
    folder: 'taxonomies/sdg',
    format: 'yaml',
    label: 'Objetivos de Desarrollo Sostenible',
    labelSingular: 'Objetivo de Desarrollo Sostenible',
    route: 'ods',
    kind: 'taxonomy',
    schema: sdgGoal,
  },
} as const satisfies Record<CollectionName, CollectionDefinition>;

export const collectionNames = Object.keys(collections) as CollectionName[];

/** The file extensions each format accepts. */
export const extensionsOf = (format: CollectionDefinition['format']) => (format === 'mdx' ? ['mdx'] : ['yaml', 'yml']);

/** An entry's id is its file name without extension: what editors see is what references use. */
export const entryId = (relativePath: string) => relativePath.replace(/\.(mdx|ya?ml)$/, '');

export type { CollectionName } from './context.ts';

/**
 * The shape Astro reads from `src/content.config.ts` to type each collection's entries.
 * Declared here, away from astro:content, so the type does not loop through Astro's own.
 */
export type AstroCollections = {
  [N in CollectionName]: {
    loader: object;
    schema: (context: { image: () => unknown }) => ReturnType<(typeof collections)[N]['schema']>;
  };
};
