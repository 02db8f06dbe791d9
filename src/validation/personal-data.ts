/**
 * Personal data where only institutional contacts may be published (Ley 1581 de 2012):
 * Colombian mobile numbers, e-mail addresses outside the institutional domains listed in
 * `src/data/institutional-domains.yaml`, and national ID (cédula) numbers. Every string of the
 * front matter and every line of the MDX body is read; problems name file, field and line.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { collections } from '../schemas/index.ts';
import type { RawEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { formatPath, labelPath, schemaOf } from './schema-of.ts';

const allowlistSchema = z.object({
  suffixes: z.array(z.string().regex(/^[a-z0-9.-]+$/)),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
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

const SEP = '[\\s.-]?';
/**
 * 3xx xxx xxxx with optional +57 and separators. The last group is 4 digits (or 2 + 2), so
 * amounts written with thousands separators (300.000.000) and plain indicator values never match.
 */
const MOBILE = new RegExp(`(?<![\\d$.,])(?:\\(?\\+?57\\)?${SEP})?\\(?3\\d{2}\\)?${SEP}\\d{3}${SEP}(?:\\d{4}|\\d{2}${SEP}\\d{2})(?![\\d.,]\\d|\\d)`, 'g');
const EMAIL = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
/** An ID number only counts next to the words that introduce one, so money and indicators stay clear. */
const CEDULA = /(?:\bc[ée]dula(?:\s+de\s+(?:ciudadan[íi]a|extranjer[íi]a))?|\bC\.\s?C\.?|\bCC\b|\bn[úu]mero\s+de\s+identificaci[óo]n|\bdocumento\s+de\s+identidad)[\s:#.]*(?:n[.º°o]*\s*)?(\d{1,3}(?:[.\s]\d{3}){1,3}|\d{6,10})(?!\d)/gi;

export interface Finding {
  kind: 'mobile' | 'email' | 'cedula';
  text: string;
}

export function findPersonalData(text: string, allow: DomainAllowlist): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(MOBILE)) found.push({ kind: 'mobile', text: m[0].trim() });
  for (const m of text.matchAll(EMAIL)) if (!isInstitutional(m[1]!, allow)) found.push({ kind: 'email', text: m[0] });
  for (const m of text.matchAll(CEDULA)) found.push({ kind: 'cedula', text: m[0] });
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
};

function problem(entry: RawEntry, finding: Finding, field: string, fieldLabel: string, line: number | undefined): Problem {
  const { message, hint } = messages[finding.kind];
  return { code: 'PersonalData', file: entry.file, field, fieldLabel, line, message: message(finding.text), hint };
}

function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * Personal data in one entry: every string of its front matter and every line of its body. The
 * check reads the allowlist at each run (entry-context.ts), so a change needs no restart.
 */
export function personalDataIn(entry: RawEntry, allow: DomainAllowlist): Problem[] {
  const found: Problem[] = [];
  const { fields } = schemaOf(entry.collection);
  for (const [path, text] of strings(entry.data)) {
    for (const f of findPersonalData(text, allow)) found.push(problem(entry, f, formatPath(path), labelPath(fields, path), entry.lineOf(path)));
  }
  const registered = collections[entry.collection];
  const bodyLabel = 'body' in registered ? registered.body.label : 'body';
  entry.body.split('\n').forEach((line, i) => {
    for (const f of findPersonalData(line, allow)) found.push(problem(entry, f, 'body', bodyLabel, entry.bodyLine + i));
  });
  return found;
}
