/**
 * The benchmark's identified needs: about one per two offers, as the issue measures them. They
 * are written after the other entries with a seed of their own, so the practices, lessons and
 * offers stay the corpus earlier measurements used. Half of them are answered: a generated offer
 * names each, so the build computes statuses and chains as the real site will.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { needSources } from '../../src/schemas/needs.ts';
import { slugify } from '../../src/core/slug.ts';
import { pick, random, readMdx, readYamlDir, sentence, some } from './corpus.ts';

const needs = [
  'Planes de agua y saneamiento',
  'Actualización catastral',
  'Capacidad para estructurar proyectos',
  'Rendición de cuentas a comunidades rurales',
  'Trámites sin conectividad',
  'Gestión del riesgo costero',
  'Enfoque de género en la planeación',
  'Acompañamiento a consejos de juventud',
  'Recaudo del impuesto predial',
  'Herramientas para veedurías',
  'Alimentación escolar rural',
  'Seguimiento al plan de desarrollo',
];

export interface NeedsCorpus {
  needs: number;
  answered: number;
}

/** Writes `count` needs into `target/needs` and makes a generated offer name every other one. */
export function writeNeeds(demo: string, target: string, count: number): NeedsCorpus {
  const rnd = random(1);
  const tax = (name: string) => readYamlDir(join(demo, 'taxonomies', name)).map((t) => t.id);
  const municipalities = readYamlDir(join(demo, 'taxonomies', 'territories')).filter((t) => t.id.length === 5);
  const [themes, phases, capacity, groups, pnd] = ['themes', 'phases', 'capacity-levels', 'value-groups', 'pnd'].map(
    tax,
  ) as [string[], string[], string[], string[], string[]];
  const templates = readdirSync(join(demo, 'needs')).map((f) => readMdx(join(demo, 'needs', f)));
  const offersDir = join(target, 'offers');
  const demoOffers = new Set(readdirSync(join(demo, 'offers')));
  const offers = readdirSync(offersDir).filter((f) => !demoOffers.has(f));
  mkdirSync(join(target, 'needs'), { recursive: true });
  let answered = 0;
  for (let i = 0; i < count; i++) {
    const template = pick(rnd, templates);
    const data = structuredClone(template.data);
    const muni = pick(rnd, municipalities);
    const name = String(muni.data.name);
    data.title = `${pick(rnd, needs)} en ${name}`;
    data.summary = sentence(rnd, name).slice(0, 300);
    data.territories = [muni.id];
    data.themes = some(rnd, themes, 2);
    data.phases = some(rnd, phases, 2);
    data.capacityLevels = some(rnd, capacity, 2);
    data.valueGroups = some(rnd, groups, 2);
    data.pnd = some(rnd, pnd, 2);
    data.identification = { ...(data.identification as object), source: pick(rnd, needSources) };
    const id = `${slugify(String(data.title))}-${i}`;
    writeFileSync(join(target, 'needs', `${id}.mdx`), `---\n${stringify(data)}---\n${template.body}`);
    if (i % 2 === 0 && offers.length) {
      const file = join(offersDir, pick(rnd, offers));
      const offer = readMdx(file);
      offer.data.needs = [...((offer.data.needs as string[] | undefined) ?? []), id];
      writeFileSync(file, `---\n${stringify(offer.data)}---\n${offer.body}`);
      answered++;
    }
  }
  return { needs: count, answered };
}
