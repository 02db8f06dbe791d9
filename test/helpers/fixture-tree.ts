/**
 * A small, complete and valid content tree, built in memory so each invalid case is one
 * mutation away from it. `writeTree` puts it on disk under a temporary project root.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export interface FixtureFile {
  data: Record<string, unknown>;
  body?: string;
}
export type Tree = Record<string, FixtureFile>;

const contact = { office: 'Secretaría de Planeación', email: 'planeacion@quibdo-choco.gov.co', phone: '604 671 2345' };
const classification = {
  territories: ['27001'],
  themes: ['participacion-ciudadana'],
  phases: ['rendicion-de-cuentas'],
  capacityLevels: ['organizacional'],
  valueGroups: ['entidades-territoriales'],
};
const publication = { status: 'published', publishedAt: '2025-05-01', lastReviewed: '2025-06-01' };
const summary = 'Un resumen suficientemente largo para la prueba de validación.';
const long = 'Un texto largo que supera con holgura los veinte caracteres mínimos.';

export function baseTree(): Tree {
  return {
    'taxonomies/territories/27.yaml': { data: { code: '27', name: 'Chocó', kind: 'departamento', region: 'pacifico' } },
    'taxonomies/territories/27001.yaml': {
      data: { code: '27001', name: 'Quibdó', kind: 'municipio', department: '27' },
    },
    'taxonomies/regions/pacifico.yaml': { data: { name: 'Pacífico' } },
    'taxonomies/themes/participacion-ciudadana.yaml': { data: { name: 'Participación ciudadana' } },
    'taxonomies/phases/rendicion-de-cuentas.yaml': { data: { name: 'Rendición de cuentas', order: 5 } },
    'taxonomies/capacity-levels/organizacional.yaml': { data: { name: 'Organizacional', order: 2 } },
    'taxonomies/value-groups/entidades-territoriales.yaml': { data: { name: 'Entidades territoriales' } },
    'taxonomies/sectors/planeacion.yaml': { data: { name: 'Planeación' } },
    'taxonomies/pnd/convergencia-regional.yaml': { data: { name: 'Convergencia regional', kind: 'transformacion' } },
    'taxonomies/sdg/16.yaml': {
      data: { number: 16, name: 'Paz, justicia e instituciones sólidas', targets: ['16.6', '16.7', '16.a'] },
    },
    'taxonomies/entities/dnp.yaml': {
      data: {
        name: 'Departamento Nacional de Planeación',
        sector: 'planeacion',
        level: 'nacional',
        website: 'https://www.dnp.gov.co',
        contact: { office: 'Dirección de Descentralización', email: 'info@dnp.gov.co' },
      },
    },
    'practices/rendicion-itinerante.mdx': {
      data: {
        title: 'Rendición de cuentas itinerante',
        summary,
        ...classification,
        context: long,
        problem: long,
        results: [
          { indicator: 'Asistentes rurales', unit: 'personas', baseline: 9, achieved: 310, measuredOn: '2025-03-01' },
        ],
        resources: long,
        whatDidNotWork: long,
        risks: ['Lluvias que cierran el río'],
        replicability: long,
        maturity: 'prometedora',
        validation: { status: 'validada', reviewedBy: 'dnp', reviewedOn: '2025-04-01' },
        contact,
        startedOn: '2024-09-01',
        endedOn: '2025-06-30',
        media: [{ image: '../media/foto.svg', alt: 'Asamblea comunitaria en una caseta', credit: 'Alcaldía' }],
        ...publication,
      },
      body: 'Se recorrieron seis zonas.\n',
    },
    'lessons/preguntas-antes.mdx': {
      data: {
        title: 'Recoger las preguntas antes',
        summary,
        territories: ['27001'],
        themes: ['participacion-ciudadana'],
        phases: ['rendicion-de-cuentas'],
        origin: 'acierto',
        whatHappened: long,
        learned: long,
        recommendation: long,
        practices: ['rendicion-itinerante'],
        ...publication,
      },
      body: '',
    },
    'offers/acompanamiento-rendicion.mdx': {
      data: {
        title: 'Acompañamiento a la rendición de cuentas',
        summary,
        entity: 'dnp',
        sector: 'planeacion',
        type: 'asistencia-tecnica',
        themes: ['participacion-ciudadana'],
        capacityLevels: ['organizacional'],
        phases: ['rendicion-de-cuentas'],
        valueGroups: ['entidades-territoriales'],
        modality: 'mixta',
        territorialFocus: { scope: 'nacional' },
        pnd: ['convergencia-regional'],
        requirements: ['Carta de la alcaldía'],
        howToRequest: { steps: long, channel: 'https://www.dnp.gov.co/solicitudes' },
        validFrom: '2025-01-01',
        validUntil: '2026-12-31',
        ...publication,
      },
      body: 'El equipo acompaña la preparación del informe.\n',
    },
    'courses/formadores-rendicion.mdx': {
      data: {
        title: 'Formación de formadores en rendición de cuentas',
        summary,
        audience: 'Formadores departamentales',
        audienceGroups: ['entidades-territoriales'],
        objectives: ['Preparar una audiencia pública'],
        durationHours: 12,
        prerequisites: [],
        level: 'basico',
        themes: ['participacion-ciudadana'],
        capacityLevels: ['organizacional'],
        entity: 'dnp',
        ...publication,
      },
      body: 'Presentación.\n',
    },
    'modules/formadores-rendicion-1.mdx': {
      data: {
        title: 'Qué es rendir cuentas',
        summary,
        course: 'formadores-rendicion',
        order: 1,
        durationMinutes: 90,
        objectives: ['Explicar los elementos de la rendición de cuentas'],
        activityGuide: [{ step: 'Lluvia de ideas', minutes: 20 }],
        status: 'published',
      },
      body: 'Contenido.\n',
    },
    'events/jornada-quibdo.mdx': {
      data: {
        title: 'Jornada de formación en Quibdó',
        summary,
        course: 'formadores-rendicion',
        organiser: 'dnp',
        starts: '2026-12-03 08:00',
        ends: '2026-12-03 17:00',
        place: { venue: 'Auditorio de la Gobernación', territory: '27001' },
        registration: { channel: 'https://www.dnp.gov.co/inscripciones' },
        eventStatus: 'programada',
        ...publication,
      },
      body: 'Programa.\n',
    },
    'needs/veedurias-quibdo.mdx': {
      data: {
        title: 'Veedurías sin herramientas de control en Quibdó',
        summary,
        territories: ['27001'],
        valueGroups: ['entidades-territoriales'],
        capacityLevels: ['organizacional'],
        phases: ['rendicion-de-cuentas'],
        themes: ['participacion-ciudadana'],
        sectors: ['planeacion'],
        pnd: ['convergencia-regional'],
        identification: {
          source: 'dialogo-regional-vinculante',
          document: 'Relatoría del diálogo regional del Chocó',
          date: '2025-09-10',
          entity: 'dnp',
        },
        contact: { entity: 'dnp', office: 'Dirección de Descentralización', email: 'info@dnp.gov.co' },
        sdg: ['16'],
        sdgTargets: ['16.6'],
        ...publication,
      },
      body: 'Descripción.\n',
    },
    'agendas/agenda-atrato.mdx': {
      data: {
        title: 'Agenda subregional del Atrato',
        summary,
        territories: ['27', '27001'],
        scope: 'subregional',
        themes: ['participacion-ciudadana'],
        commitments: [
          { description: 'Instalar la mesa subregional', responsible: 'dnp', due: '2026-03-01', status: 'cumplido' },
        ],
        pnd: ['convergencia-regional'],
        signedOn: '2025-02-01',
        ...publication,
      },
      body: 'Descripción.\n',
    },
    'plans/plan-atrato.mdx': {
      data: {
        title: 'Plan de trabajo del Atrato',
        summary,
        valueGroup: 'entidades-territoriales',
        territories: ['27001'],
        lead: 'dnp',
        agenda: 'agenda-atrato',
        startsOn: '2026-01-15',
        endsOn: '2027-03-31',
        milestones: [
          { title: 'Diagnóstico', start: '2026-01-15', due: '2026-04-30', completedOn: '2026-04-20', progress: 100 },
        ],
        ...publication,
      },
      body: 'Descripción.\n',
    },
  };
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

/** Writes the tree under a new temporary project root and returns the root. */
export function writeTree(tree: Tree): string {
  const root = mkdtempSync(join(tmpdir(), 'rt-content-'));
  for (const [path, file] of Object.entries(tree)) {
    const target = join(root, 'content', path);
    mkdirSync(dirname(target), { recursive: true });
    const yaml = stringify(file.data);
    writeFileSync(target, path.endsWith('.mdx') ? `---\n${yaml}---\n${file.body ?? ''}` : yaml);
  }
  mkdirSync(join(root, 'content/media'), { recursive: true });
  writeFileSync(join(root, 'content/media/foto.svg'), SVG);
  return root;
}

/** A copy of the base tree with one file's data changed. */
export function mutate(path: string, change: (data: Record<string, unknown>) => void, tree = baseTree()): Tree {
  const file = tree[path];
  if (!file) throw new Error(`No fixture file ${path}`);
  change(file.data);
  return tree;
}
