/**
 * Field builders shared by several collections. Each builder declares a field's type and
 * its Spanish words in one place; collections compose them.
 */
import { z } from 'zod';
import type { CollectionName, ImageMetadataLike, SchemaContext } from './context.ts';
import type { FieldMeta } from './meta.ts';

type Words = Pick<FieldMeta, 'label' | 'hint'>;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every field has a bound taken from the domain, and its hint says it: the builders add the
 * bound to the hint, so the CMS, the JSON Schema and the check's messages all show the same
 * number. Nothing an editor can type is unbounded (a 2 MB «Contexto» once made a 2 MB page).
 */
const count = (n: number) => n.toLocaleString('es-CO');
const withBound = (words: Words, bound: string): Words => ({
  ...words,
  hint: words.hint ? `${words.hint} ${bound}` : bound,
});

/** Long texts (context, problem, transcript…): a few pages at most. */
export const LONG_TEXT_MAX = 6000;
/** One item of a list of words (a risk, a requirement…), and how many items. */
export const LIST_ITEM_MAX = 300;
export const LIST_MAX = 30;

export const text = (words: Words, { min = 1, max = 300 } = {}) =>
  z
    .string()
    .trim()
    .min(min, { error: min === 1 ? 'Este campo no puede quedar vacío.' : `Escriba al menos ${min} caracteres.` })
    .max(max, { error: `Escriba como máximo ${count(max)} caracteres.` })
    .meta(withBound(words, `Máximo ${count(max)} caracteres.`));

export const longText = (words: Words, min = 20, max = LONG_TEXT_MAX) =>
  z
    .string()
    .trim()
    .min(min, { error: `Escriba al menos ${min} caracteres.` })
    .max(max, { error: `Escriba como máximo ${count(max)} caracteres; si hace falta más, use el texto principal.` })
    .meta({ ...withBound(words, `Máximo ${count(max)} caracteres.`), multiline: true });

export const textList = (words: Words, min = 0) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(LIST_ITEM_MAX, { error: `Escriba cada elemento en ${count(LIST_ITEM_MAX)} caracteres como máximo.` }),
    )
    .min(min, { error: `Agregue al menos ${min} elemento(s).` })
    .max(LIST_MAX, { error: `Agregue como máximo ${LIST_MAX} elementos.` })
    .meta(withBound(words, `Hasta ${LIST_MAX} elementos de ${count(LIST_ITEM_MAX)} caracteres.`));

/**
 * A number within what the field can mean (minutes in a session, pesos of a practice…); 1e300
 * hours or a 400-digit result is a typo, not data.
 */
export const quantity = (
  words: Words,
  { min, max, int = false, fromText = false }: { min: number; max: number; int?: boolean; fromText?: boolean },
) => {
  // `fromText`: also read the number written as text («5»), as MDX attributes always are.
  const number = fromText ? z.coerce.number({ error: 'Escriba un número, como 5 o 2.5.' }) : z.number();
  const base = int ? number.int({ error: 'Escriba un número entero, sin decimales.' }) : number;
  return base
    .min(min, { error: `El valor mínimo es ${count(min)}.` })
    .max(max, { error: `El valor máximo es ${count(max)}; revise si sobra algún dígito.` })
    .meta(withBound(words, `Entre ${count(min)} y ${count(max)}.`));
};

/** Indicator values (baselines, goals): people, pesos, percentages. A trillion pesos is the ceiling. */
export const indicatorValue = (words: Words) => quantity(words, { min: -1e12, max: 1e12 });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_FORMAT_ERROR =
  'Escriba una fecha real con el formato AAAA-MM-DD, por ejemplo 2024-03-15 (año entre 1900 y 2100).';

/**
 * `2024-03-15` as that day at midnight UTC; anything else (2023-02-30, 2024-13-12, a number) as
 * an invalid date, so the schema refuses it instead of rolling it over to another day.
 */
export function calendarDay(value: unknown): unknown {
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return value;
  const m = DAY.exec(value.trim());
  if (!m) return new Date(Number.NaN);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const real = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  return real && y >= 1900 && y <= 2100 ? day : new Date(Number.NaN);
}

/** A calendar date (YAML `2024-03-15`). Stored as a Date at midnight UTC. */
export const date = (words: Words) =>
  z
    .preprocess(calendarDay, z.date({ error: (issue) => (issue.input === undefined ? undefined : DATE_FORMAT_ERROR) }))
    .meta({ ...withBound(words, 'Formato AAAA-MM-DD.'), date: true });

export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  words: Words & { options: Record<T[number], string> },
) => z.enum(values).meta(words);

export const ref = (ctx: SchemaContext, collection: CollectionName, words: Words) =>
  ctx.reference(collection).meta({ ...words, reference: collection });

/** How many entries one list may name: every territory of the country (1,122 + 33), or 100 of anything else. */
const refsMax = (collection: CollectionName) => (collection === 'territories' ? 1200 : 100);

export const refs = (ctx: SchemaContext, collection: CollectionName, words: Words, min = 0) =>
  z
    .array(ctx.reference(collection))
    .min(min, { error: min === 1 ? 'Elija al menos una opción.' : `Elija al menos ${min} opciones.` })
    .max(refsMax(collection), { error: `Elija como máximo ${count(refsMax(collection))}.` })
    .meta({ ...words, reference: collection });

export const url = (words: Words) =>
  z
    .url({ protocol: /^https?$/, error: 'Escriba una dirección web completa que empiece por https://' })
    .max(500, { error: 'La dirección es demasiado larga (máximo 500 caracteres).' })
    .meta(words);

/** E-mail of an office, never of a person: the personal-data check enforces the domains. */
export const institutionalEmail = (words: Words) =>
  z
    .email({ error: 'Escriba un correo válido, como atencion@entidad.gov.co' })
    .max(254, { error: 'Un correo tiene como máximo 254 caracteres.' })
    .meta(words);

/** Institutional phone line: a landline or a toll-free line, with optional extension. */
export const institutionalPhone = (words: Words) =>
  z
    .string()
    .trim()
    .regex(/^[0-9+() -]{7,25}( ext\. ?\d{1,6})?$/, {
      error: 'Escriba un número institucional, como 601 381 5000 ext. 1234',
    })
    .meta(words);

/**
 * A mobile line that belongs to the entity, not to a person (an alcaldía's WhatsApp): declared
 * in its own field so the personal-data check knows it is institutional.
 */
export const institutionalMobile = (words: Words) =>
  z
    .string()
    .trim()
    .regex(/^(\+57 ?)?3\d{2} ?\d{3} ?\d{4}$/, {
      error: 'Escriba el celular de la línea institucional, como 310 555 1234.',
    })
    .meta({ ...words, institutionalLine: true });

export const publicationStatus = oneOf(['draft', 'published'] as const, {
  label: 'Estado de publicación',
  hint: 'Solo lo publicado aparece en el portal.',
  options: { draft: 'Borrador', published: 'Publicado' },
});

/** How to reach an institution: an office, not a person (Ley 1581 de 2012). */
export const contact = (ctx: SchemaContext) =>
  z
    .object({
      entity: ref(ctx, 'entities', { label: 'Entidad', hint: 'Entidad responsable del contacto.' }).optional(),
      office: text({
        label: 'Dependencia',
        hint: 'Oficina o área que atiende, por ejemplo «Secretaría de Planeación».',
      }),
      // At least one of the channels (the refinement below).
      email: institutionalEmail({ label: 'Correo institucional', hint: 'Correo de la dependencia, no de una persona.' })
        .optional()
        .meta({ conditional: true }),
      phone: institutionalPhone({ label: 'Teléfono institucional', hint: 'Línea fija o gratuita de la entidad.' })
        .optional()
        .meta({ conditional: true }),
      whatsapp: institutionalMobile({
        label: 'WhatsApp institucional',
        hint: 'Solo la línea de la entidad para atender a la ciudadanía, nunca el celular de una persona.',
      })
        .optional()
        .meta({ conditional: true }),
      website: url({ label: 'Sitio web', hint: 'Página oficial de la dependencia o del trámite.' })
        .optional()
        .meta({ conditional: true }),
    })
    .refine((c) => c.email || c.phone || c.whatsapp || c.website, {
      error: 'Indique al menos un canal: correo, teléfono, WhatsApp o sitio web institucional.',
      path: ['email'],
    })
    .meta({ label: 'Contacto institucional', hint: 'Solo canales institucionales; nunca datos personales.' });

/** The image types the site takes from editors; the editing server stores nothing else in the media folder. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'svg'] as const;

/** A relative path to an image file in the content tree: no scheme, no absolute path, at most two `..`. */
export const IMAGE_PATH = new RegExp(
  `^(?:\\./)?(?:\\.\\./){0,2}(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/){0,4}[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(?:${IMAGE_EXTENSIONS.join('|')})$`,
  'i',
);

/** Images always carry alt text and credit: readers who cannot see them, and authors, count. */
export const media = (ctx: SchemaContext) =>
  z
    .array(
      z.object({
        image: z
          .string()
          .regex(IMAGE_PATH, {
            error:
              'Escriba la ruta de una imagen del contenido, como «../media/foto.jpg» (JPG, PNG, WebP, GIF, AVIF o SVG).',
          })
          .pipe(ctx.image() as z.ZodType<ImageMetadataLike, string>)
          .meta({
            label: 'Imagen',
            hint: 'Archivo de imagen (JPG, PNG, WebP, GIF, AVIF o SVG) en content/media/, como «../media/foto.jpg».',
            image: true,
            extensions: IMAGE_EXTENSIONS,
          }),
        alt: z
          .string()
          .trim()
          .min(10, { error: 'Describa la imagen para quien no puede verla (al menos 10 caracteres).' })
          .max(400, { error: 'Escriba como máximo 400 caracteres; lo demás va en el pie de foto.' })
          .meta({
            label: 'Texto alternativo',
            hint: 'Qué muestra la imagen, para lectores de pantalla. Máximo 400 caracteres.',
          }),
        credit: text({ label: 'Crédito', hint: 'Autoría o fuente de la imagen.' }),
        caption: text({ label: 'Pie de foto', hint: 'Texto opcional que acompaña la imagen.' }).optional(),
      }),
    )
    .max(30, { error: 'Agregue como máximo 30 imágenes.' })
    .default([])
    .meta({ label: 'Imágenes', hint: 'Fotos o gráficos, cada uno con texto alternativo y crédito. Hasta 30.' });

/** Fails when an end date comes before its start date, naming the end field. */
export const endNotBeforeStart =
  (startKey: string, endKey: string) => (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (start instanceof Date && end instanceof Date && end < start) {
      ctx.addIssue({ code: 'custom', path: [endKey], message: 'La fecha final es anterior a la fecha de inicio.' });
    }
  };

/** Fields every published piece of knowledge carries. */
export const publication = {
  status: publicationStatus,
  publishedAt: date({ label: 'Fecha de publicación', hint: 'Día en que se publica en el portal.' }),
  lastReviewed: date({
    label: 'Última revisión',
    hint: 'Día en que el equipo editorial revisó el contenido por última vez.',
  }),
};

export const summary = text(
  { label: 'Resumen', hint: 'Una o dos frases que expliquen de qué se trata.' },
  { min: 20, max: 300 },
);

export const title = text(
  { label: 'Título', hint: 'Nombre claro y corto, sin siglas sin explicar.' },
  { min: 5, max: 140 },
);
