/**
 * Writes a synthetic content tree for the search benchmark: the demo content (so every
 * reference resolves) plus N practices, lessons and offers cloned from demo entries with new
 * Spanish titles, summaries and bodies and every facet drawn from the real taxonomies.
 * Deterministic: the same N gives the same corpus.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { offerTypes, focusScopes } from '../../src/schemas/offers.ts';
import { slugify } from '../../src/core/slug.ts';
import { CAPACITY_GROUPS, MUNICIPAL_CATEGORIES, PDET_SUBREGIONS } from '../../src/schemas/territory-profile.ts';

/** mulberry32: a tiny seeded generator, so runs are comparable. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const actors = [
  'la alcaldía',
  'la secretaría de planeación',
  'la gobernación',
  'el concejo municipal',
  'la personería',
  'las juntas de acción comunal',
  'los consejos comunitarios',
  'el cabildo indígena',
  'la secretaría de hacienda',
  'la oficina de control interno',
  'el equipo de gobierno digital',
  'la asociación de municipios',
  'los veedores ciudadanos',
  'las organizaciones de mujeres',
  'la mesa de participación de víctimas',
  'los jóvenes del consejo municipal de juventud',
];
const actions = [
  'organizó',
  'concertó',
  'priorizó',
  'publicó',
  'revisó',
  'acompañó',
  'documentó',
  'financió',
  'formuló',
  'socializó',
  'evaluó',
  'ajustó',
  'implementó',
  'sistematizó',
  'capacitó a',
  'convocó a',
];
const objects = [
  'el plan de desarrollo',
  'el presupuesto participativo',
  'la rendición de cuentas',
  'el banco de proyectos',
  'el recaudo del impuesto predial',
  'el catastro multipropósito',
  'el plan de gestión del riesgo',
  'la ventanilla de trámites en línea',
  'el acueducto veredal',
  'el plan de ordenamiento territorial',
  'las compras conjuntas',
  'el tablero de seguimiento',
  'los indicadores de resultado',
  'el informe de gestión',
  'las audiencias públicas',
  'los planes de acción',
  'la política de niñez y juventud',
  'el diagnóstico de capacidades',
  'el inventario de vías terciarias',
  'el sistema de alertas tempranas',
];
const places = [
  'en las veredas',
  'en los corregimientos',
  'en la cabecera municipal',
  'en las comunas',
  'en los resguardos',
  'en los barrios',
  'en la zona rural dispersa',
  'en las instituciones educativas',
  'en la casa de la cultura',
  'por la emisora comunitaria',
];
const manners = [
  'con pocos recursos',
  'en lengua propia',
  'con apoyo de la oferta nacional',
  'en jornadas de fin de semana',
  'con mesas por sector',
  'con datos abiertos',
  'con facilitadores comunitarios',
  'con acuerdos escritos',
  'en tres fases',
  'con seguimiento mensual',
  'durante dos vigencias',
  'con enfoque diferencial',
];
const outcomes = [
  'y la participación creció',
  'y se redujeron los tiempos de respuesta',
  'y aumentó el recaudo',
  'y las comunidades conocieron el avance',
  'y se cumplieron las metas del año',
  'aunque faltó presupuesto para el mantenimiento',
  'pero la conectividad limitó el alcance',
  'y otros municipios pequeños pidieron replicarlo',
  'y los compromisos quedaron en actas públicas',
  'y mejoró la calificación del desempeño municipal',
];
const subjects = [
  'Rendición de cuentas',
  'Presupuesto participativo',
  'Gestión del riesgo',
  'Planeación participativa',
  'Recaudo predial',
  'Catastro multipropósito',
  'Gobierno digital',
  'Control social',
  'Agua y saneamiento',
  'Ordenamiento territorial',
  'Banco de proyectos',
  'Mesas de niñez y juventud',
  'Compras conjuntas',
  'Seguimiento al plan de desarrollo',
  'Alertas tempranas',
  'Trámites en línea',
];
const qualifiers = [
  'itinerante',
  'con enfoque étnico',
  'por comunas',
  'con veedurías juveniles',
  'en zonas rurales',
  'entre municipios vecinos',
  'con datos abiertos',
  'por radio comunitaria',
  'con las juntas de acción comunal',
  'en lengua propia',
  'para municipios de sexta categoría',
  'con alcaldías pequeñas',
];

export const pick = <T>(rnd: () => number, list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
export const some = <T>(rnd: () => number, list: readonly T[], max: number) => {
  const n = 1 + Math.floor(rnd() * Math.min(max, list.length));
  return [...new Set(Array.from({ length: n }, () => pick(rnd, list)))];
};
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function sentence(rnd: () => number, place: string) {
  return capital(
    `${pick(rnd, actors)} de ${place} ${pick(rnd, actions)} ${pick(rnd, objects)} ${pick(rnd, places)} ${pick(rnd, manners)} ${pick(rnd, outcomes)}.`,
  );
}

const paragraph = (rnd: () => number, place: string, n: number) =>
  Array.from({ length: n }, () => sentence(rnd, place)).join(' ');

/** Sentences of the demo prose: real Spanish with a wide vocabulary, mixed into generated text. */
function demoSentences(entries: { data: Record<string, unknown>; body: string }[]) {
  const texts = entries.flatMap((e) => [
    e.body,
    ...Object.values(e.data).filter((v): v is string => typeof v === 'string' && v.length > 80),
  ]);
  return texts
    .flatMap((t) =>
      t
        .replace(/^#+ .*$/gm, '')
        .replace(/\s+/g, ' ')
        .split(/(?<=[.;])\s+(?=[A-ZÁÉÍÓÚÑ])/),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 40 && s.length < 400 && !/[<>{}|]/.test(s));
}

export const readYamlDir = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>,
    }));

export function readMdx(file: string) {
  const source = readFileSync(file, 'utf8');
  const end = source.indexOf('\n---', 4);
  return { data: parse(source.slice(4, end)) as Record<string, unknown>, body: source.slice(end + 5) };
}

export function writeCorpus(demo: string, target: string, total: number) {
  cpSync(demo, target, { recursive: true });
  const rnd = random(4091);
  const tax = (name: string) => readYamlDir(join(demo, 'taxonomies', name));
  const municipalities = tax('territories').filter((t) => t.id.length === 5);
  const departments = tax('territories')
    .filter((t) => t.id.length === 2)
    .map((t) => t.id);
  const regions = tax('regions').map((t) => t.id);
  const themes = tax('themes').map((t) => t.id);
  const phases = tax('phases').map((t) => t.id);
  const capacity = tax('capacity-levels').map((t) => t.id);
  const groups = tax('value-groups').map((t) => t.id);
  const entities = tax('entities')
    .filter((t) => t.data.level === 'nacional')
    .map((t) => t.id);
  const sectors = tax('sectors').map((t) => t.id);
  const templates = (folder: string) => readdirSync(join(demo, folder)).map((f) => readMdx(join(demo, folder, f)));
  const pools = { practices: templates('practices'), lessons: templates('lessons'), offers: templates('offers') };
  const prose = demoSentences([...pools.practices, ...pools.lessons, ...pools.offers]);
  const mixed = (name: string, generated: number, borrowed: number) =>
    [paragraph(rnd, name, generated), ...Array.from({ length: borrowed }, () => pick(rnd, prose))].join(' ');
  // A realistic mix: more practices and offers than lessons.
  const shares = [
    ['practices', 0.4],
    ['lessons', 0.25],
    ['offers', 0.35],
  ] as const;
  // Its own generator, so the entries drawn before differential focus existed stay the same.
  const focusRnd = random(617);
  /** About one offer in four is aimed at a profile: PDET, capacity groups or categories. */
  const differentialFocus = () => {
    const draw = focusRnd();
    if (draw < 0.08) return { pdet: true };
    if (draw < 0.12) return { pdetSubregions: some(focusRnd, PDET_SUBREGIONS, 3) };
    if (draw < 0.2) return { capacityGroups: some(focusRnd, CAPACITY_GROUPS, 3) };
    if (draw < 0.25) return { categories: some(focusRnd, MUNICIPAL_CATEGORIES, 2) };
    return {};
  };
  let written = 0;
  for (const [collection, share] of shares) {
    const count = collection === 'offers' ? total - written : Math.round(total * share);
    for (let i = 0; i < count; i++) {
      const template = pick(rnd, pools[collection]);
      const data = structuredClone(template.data);
      const muni = pick(rnd, municipalities);
      const name = String(muni.data.name);
      data.title = `${pick(rnd, subjects)} ${pick(rnd, qualifiers)} en ${name}`;
      data.summary = sentence(rnd, name).slice(0, 300);
      data.themes = some(rnd, themes, 3);
      data.phases = some(rnd, phases, 3);
      if (collection !== 'lessons') {
        data.capacityLevels = some(rnd, capacity, 2);
        data.valueGroups = some(rnd, groups, 3);
      }
      if (collection === 'offers') {
        data.entity = pick(rnd, entities);
        data.sector = pick(rnd, sectors);
        data.type = pick(rnd, offerTypes);
        data.modality = pick(rnd, ['presencial', 'virtual', 'mixta']);
        // A clone would answer its template's needs: a thousand offers for one demo need, a page
        // no real need has. The needs generated later (needs-corpus.ts) are answered instead.
        delete data.needs;
        const scope = pick(rnd, focusScopes);
        data.territorialFocus = {
          scope,
          ...(scope === 'regional' ? { regions: some(rnd, regions, 2) } : {}),
          ...(scope === 'departamental' ? { territories: some(rnd, departments, 3) } : {}),
          ...(scope === 'municipal' ? { territories: [muni.id] } : {}),
          ...differentialFocus(),
        };
      } else {
        data.territories = [muni.id];
      }
      const body = [
        '### Qué se hizo',
        mixed(name, 2, 4),
        '### Cómo se hizo',
        mixed(name, 2, 4),
        '### Qué cambió',
        mixed(name, 1, 3),
      ].join('\n\n');
      const id = `${slugify(String(data.title))}-${i}`;
      mkdirSync(join(target, collection), { recursive: true });
      writeFileSync(join(target, collection, `${id}.mdx`), `---\n${stringify(data)}---\n\n${body}\n`);
      written++;
    }
  }
  return written;
}
