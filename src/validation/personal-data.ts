/**
 * Personal data where only institutional contacts may be published (Ley 1581 de 2012):
 * Colombian mobile numbers, e-mail addresses outside the institutional domains listed in
 * `src/data/institutional-domains.yaml` or with a person's name as mailbox, and national ID
 * (cédula) numbers. Every string of the front matter and the MDX body are read as readers will
 * read them (`rendered-text.ts`: entities decoded, Markdown removed, lines joined, NFKC); problems
 * name file, field and line. A mobile line the entity declares as its own (a contact's WhatsApp,
 * marked `institutionalLine` in the schema) is not personal, there or elsewhere in the entry.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { collections } from '../schemas/index.ts';
import type { RawEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { type FieldInfo, fieldAt } from '../derive/fields.ts';
import { bodyPassages, fieldPassages, type Passage } from './rendered-text.ts';
import { formatPath, labelPath, schemaOf } from './schema-of.ts';
import { findPersonNames } from './person-names.ts';

const allowlistSchema = z.object({
  suffixes: z.array(z.string().regex(/^[a-z0-9.-]+$/)),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
  /** Whole addresses declared institutional although their mailbox looks like a person's name. */
  mailboxes: z.array(z.email()).default([]),
});
export type DomainAllowlist = z.infer<typeof allowlistSchema>;

export const allowlistFile = new URL('../data/institutional-domains.yaml', import.meta.url);

export function loadAllowlist(file: URL | string = allowlistFile): DomainAllowlist {
  return allowlistSchema.parse(parse(readFileSync(file, 'utf8')));
}

export function isInstitutional(domain: string, allow: DomainAllowlist): boolean {
  const d = domain.toLowerCase();
  return allow.domains.includes(d) || allow.suffixes.some((s) => d === s || d.endsWith(`.${s}`));
}

/**
 * Words of office mailboxes. A mailbox at an institutional domain made of two or more words
 * (`juan.perez@`, `maria_gomez@`) is a person's unless one word names an office or a service;
 * one that starts with a common given name (`mariagomez@`) is a person's too. Offices write
 * their mailbox as one word (`planeacion@`, `atencionciudadano@`), so they pass; an exception
 * is declared, whole address, under `mailboxes` in src/data/institutional-domains.yaml.
 */
const ROLE_WORDS = new Set(
  'atencion ciudadano ciudadania contacto contactenos info informacion notificaciones judiciales pqrs pqrsd pqr ventanilla unica radicacion correspondencia despacho secretaria oficina direccion subdireccion grupo equipo area programa proyecto servicio servicios comunicaciones prensa planeacion gobierno hacienda educacion salud cultura deporte ambiente participacion alcaldia gobernacion concejo personeria contraloria soporte mesa ayuda tramites territorial formacion oferta rendicion cuentas'.split(
    ' ',
  ),
);
const GIVEN_NAMES =
  /^(juan|maria|jose|luis|carlos|ana|jorge|andres|diana|sandra|claudia|paula|laura|camilo|carolina|alejandra|alejandro|fernando|javier|oscar|sergio|ricardo|mauricio|martha|marta|gloria|luz|angela|adriana|monica|natalia|daniel|david|diego|felipe|gustavo|hector|jaime|julian|manuel|miguel|pedro|rafael|santiago|sebastian|valentina|victor|william|yolanda|catalina|liliana|patricia|juliana|lina|beatriz|francisco|antonio|eduardo|german|hernan|ivan|nelson|omar|ruben)(?=[a-z]{3,}$|[._-])/;

export function isPersonalMailbox(address: string, allow: DomainAllowlist): boolean {
  const lower = address.toLowerCase();
  if (allow.mailboxes.some((m) => m.toLowerCase() === lower)) return false;
  const local = lower.slice(0, lower.indexOf('@')).normalize('NFD').replace(/\p{M}/gu, '');
  const words = local.split(/[._-]+/).filter(Boolean);
  if (words.some((w) => ROLE_WORDS.has(w))) return false;
  if (GIVEN_NAMES.test(local)) return true;
  return words.length >= 2 && words.every((w) => /^[a-z]+$/.test(w));
}

const SEP = '[\\s.-]?';
/**
 * 3xx xxx xxxx with optional +57 and separators. The last group is 4 digits (or 2 + 2), so
 * amounts written with thousands separators (300.000.000) and plain indicator values never match;
 * nor does a number inside a longer hyphenated code (radicado 2024-310-555-1234).
 */
const MOBILE = new RegExp(
  `(?<![\\d$.,]|\\d[-/])(?:\\(?\\+?57\\)?${SEP})?\\(?3\\d{2}\\)?${SEP}\\d{3}${SEP}(?:\\d{4}|\\d{2}${SEP}\\d{2})(?![\\d.,]\\d|\\d|[-/]\\d)`,
  'g',
);
const EMAIL = /[A-Za-z0-9._%+-]+ ?@ ?([A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
/** «juan arroba gmail punto com», «juan [at] gmail [dot] com». */
const SPELLED_EMAIL =
  /([A-Za-z0-9._%+-]+) ?(?:\barroba\b|[[(] ?(?:at|arroba) ?[\])]) ?([A-Za-z0-9-]+(?: ?(?:\bpunto\b|[[(] ?(?:dot|punto) ?[\])]|\.) ?[A-Za-z0-9-]+)+)/gi;
const DOT_WORDS = / ?(?:\bpunto\b|[[(] ?(?:dot|punto) ?[\])]|\.) ?/gi;
/** An ID number only counts next to the words that introduce one, so money and indicators stay clear. */
const CEDULA =
  /(?:\bc[ée]dula(?:\s+de\s+(?:ciudadan[íi]a|extranjer[íi]a))?|\bC\.\s?C\.?|\bCC\b|\bn[úu]mero\s+de\s+identificaci[óo]n|\bdocumento\s+de\s+identidad)[\s:#.,]*(?:(?:n[úu]mero|nro|n[.º°o])[.º°:#]*\s*)?(\d{1,3}(?:[.\s]\d{3}){1,3}|\d{6,10})(?!\d)/gi;

export interface Finding {
  kind: 'mobile' | 'email' | 'cedula' | 'name';
  text: string;
  /** Where the match starts in the text searched. */
  index: number;
}

const digitsOf = (text: string) => text.replace(/\D/g, '').replace(/^57(?=3\d{9}$)/, '');

/**
 * Personal data in a text as readers read it (see rendered-text.ts). `declaredLines` are numbers
 * the entry declares as institutional lines (a contact's WhatsApp): they are not personal.
 */
export function findPersonalData(
  text: string,
  allow: DomainAllowlist,
  declaredLines: ReadonlySet<string> = new Set(),
): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(MOBILE))
    if (!declaredLines.has(digitsOf(m[0]))) found.push({ kind: 'mobile', text: m[0].trim(), index: m.index });
  const email = (address: string, domain: string, index: number, shown: string) => {
    if (!isInstitutional(domain, allow) || isPersonalMailbox(address, allow))
      found.push({ kind: 'email', text: shown, index });
  };
  for (const m of text.matchAll(EMAIL)) email(m[0].replace(/ /g, ''), m[1]!.replace(/ /g, ''), m.index, m[0]);
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const domain = m[2]!.replace(DOT_WORDS, '.');
    if (/\.[a-z]{2,}$/i.test(domain)) email(`${m[1]}@${domain}`, domain, m.index, m[0]);
  }
  for (const m of text.matchAll(CEDULA)) found.push({ kind: 'cedula', text: m[0], index: m.index });
  return found;
}

const messages: Record<Finding['kind'], { message: (text: string) => string; hint: string }> = {
  mobile: {
    message: (t) => `«${t}» parece un número de celular personal.`,
    hint: 'Publique solo el teléfono fijo o el conmutador de la oficina (Ley 1581 de 2012).',
  },
  email: {
    message: (t) => `«${t}» no es un correo de un dominio institucional.`,
    hint: 'Use el correo de la oficina (.gov.co, .edu.co…). Si el dominio es de una institución, agréguelo en src/data/institutional-domains.yaml.',
  },
  cedula: {
    message: (t) => `«${t}» parece un número de cédula.`,
    hint: 'No publique documentos de identidad; nombre la oficina responsable en su lugar.',
  },
  name: {
    message: (t) => `«${t}» parece el nombre de una persona: una evaluación se publica en conjunto, sin nombres.`,
    hint: 'Escriba el rol o la entidad en su lugar («una secretaria de planeación», «la personería»).',
  },
};

function problem(
  entry: RawEntry,
  finding: Finding,
  field: string,
  fieldLabel: string,
  line: number | undefined,
): Problem {
  const { message, hint } = messages[finding.kind];
  return { code: 'PersonalData', file: entry.file, field, fieldLabel, line, message: message(finding.text), hint };
}

function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'number' && Number.isInteger(value) && value >= 1e9) yield [path, String(value)];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Whether the schema marks the field at `path` as an institutional line (a contact's WhatsApp). */
function isDeclaredLine(fields: FieldInfo[], path: readonly PropertyKey[]) {
  return fieldAt(fields, path).at(-1)?.meta.institutionalLine === true && typeof path.at(-1) === 'string';
}

/** Whether the schema marks the field at `path` as aggregate text, where names of people are refused too. */
const refusesNames = (fields: FieldInfo[], path: readonly PropertyKey[]) =>
  fieldAt(fields, path).at(-1)?.meta.noPersonNames === true;

/** Scans one passage, once per distinct finding (a field read two ways reports a problem once). */
function scan(
  passages: Passage[],
  allow: DomainAllowlist,
  declared: ReadonlySet<string>,
  report: (f: Finding, line: number) => void,
) {
  const seen = new Set<string>();
  for (const passage of passages) {
    for (const f of findPersonalData(passage.text, allow, declared)) {
      const key = `${f.kind}:${f.text.replace(/\W/g, '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report(f, passage.lineAt(f.index));
    }
  }
}

/** Personal data in one entry: every string of its front matter and its body, as readers read them. */
export function personalDataIn(entry: RawEntry, allow: DomainAllowlist): Problem[] {
  const found: Problem[] = [];
  const { fields } = schemaOf(entry.collection);
  const all = [...strings(entry.data)];
  const declared = new Set(all.filter(([path]) => isDeclaredLine(fields, path)).map(([, text]) => digitsOf(text)));
  for (const [path, text] of all) {
    if (isDeclaredLine(fields, path)) continue;
    const line = entry.lineOf(path);
    const passages = fieldPassages(text, line ?? 1);
    scan(passages, allow, declared, (f) =>
      found.push(problem(entry, f, formatPath(path), labelPath(fields, path), line)),
    );
    if (!refusesNames(fields, path)) continue;
    // Each name once per field: the field is read both as written and as Markdown.
    const named = new Set<string>();
    for (const passage of passages)
      for (const n of findPersonNames(passage.text))
        if (!named.has(n.text)) {
          named.add(n.text);
          found.push(problem(entry, { kind: 'name', ...n }, formatPath(path), labelPath(fields, path), line));
        }
  }
  const registered = collections[entry.collection];
  const bodyLabel = 'body' in registered ? registered.body.label : 'body';
  scan(bodyPassages(entry.body, entry.bodyLine), allow, declared, (f, line) =>
    found.push(problem(entry, f, 'body', bodyLabel, line)),
  );
  return found;
}
