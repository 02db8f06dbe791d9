/**
 * Field builders shared by several collections. Each builder declares a field's type and
 * its Spanish words in one place; collections compose them.
 */
import { z } from 'zod';
import type { CollectionName, SchemaContext } from './context.ts';
import type { FieldMeta } from './meta.ts';

type Words = Pick<FieldMeta, 'label' | 'hint'>;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const text = (words: Words, { min = 1, max = 2000 } = {}) =>
  z
    .string()
    .trim()
    .min(min, { error: min === 1 ? 'Este campo no puede quedar vacío.' : `Escriba al menos ${min} caracteres.` })
    .max(max, { error: `Escriba como máximo ${max} caracteres.` })
    .meta(words);

export const longText = (words: Words, min = 20) =>
  z.string().trim().min(min, { error: `Escriba al menos ${min} caracteres.` }).meta({ ...words, multiline: true });

export const textList = (words: Words, min = 0) =>
  z.array(z.string().trim().min(1)).min(min, { error: `Agregue al menos ${min} elemento(s).` }).meta(words);

/** A calendar date (YAML `2024-03-15`). Stored as a Date at midnight UTC. */
export const date = (words: Words) => z.coerce.date().meta({ ...words, date: true });

export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  words: Words & { options: Record<T[number], string> },
) => z.enum(values).meta(words);

export const ref = (ctx: SchemaContext, collection: CollectionName, words: Words) =>
  ctx.reference(collection).meta({ ...words, reference: collection });

export const refs = (ctx: SchemaContext, collection: CollectionName, words: Words, min = 0) =>
  z
    .array(ctx.reference(collection))
    .min(min, { error: min === 1 ? 'Elija al menos una opción.' : `Elija al menos ${min} opciones.` })
    .meta({ ...words, reference: collection });

export const url = (words: Words) =>
  z.url({ protocol: /^https?$/, error: 'Escriba una dirección web completa que empiece por https://' }).meta(words);

/** E-mail of an office, never of a person: the personal-data check enforces the domains. */
export const institutionalEmail = (words: Words) => z.email({ error: 'Escriba un correo válido, como atencion@entidad.gov.co' }).meta(words);

/** Institutional phone line: a landline or a toll-free line, with optional extension. */
export const institutionalPhone = (words: Words) =>
  z
    .string()
    .trim()
    .regex(/^[0-9+() -]{7,25}( ext\. ?\d{1,6})?$/, { error: 'Escriba un número institucional, como 601 381 5000 ext. 1234' })
    .meta(words);

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
      office: text({ label: 'Dependencia', hint: 'Oficina o área que atiende, por ejemplo «Secretaría de Planeación».' }),
      email: institutionalEmail({ label: 'Correo institucional', hint: 'Correo de la dependencia, no de una persona.' }).optional(),
      phone: institutionalPhone({ label: 'Teléfono institucional', hint: 'Línea fija o gratuita de la entidad.' }).optional(),
      website: url({ label: 'Sitio web', hint: 'Página oficial de la dependencia o del trámite.' }).optional(),
    })
    .refine((c) => c.email || c.phone || c.website, {
      error: 'Indique al menos un canal: correo, teléfono o sitio web institucional.',
      path: ['email'],
    })
    .meta({ label: 'Contacto institucional', hint: 'Solo canales institucionales; nunca datos personales.' });

/** The image types the site serves; the editing server stores nothing else in the media folder. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'svg'] as const;

/** Images always carry alt text and credit: readers who cannot see them, and authors, count. */
export const media = (ctx: SchemaContext) =>
  z
    .array(
      z.object({
        image: ctx.image().meta({ label: 'Imagen', hint: 'Archivo de imagen (JPG, PNG, WebP o SVG).', image: true, extensions: IMAGE_EXTENSIONS }),
        alt: z
          .string()
          .trim()
          .min(10, { error: 'Describa la imagen para quien no puede verla (al menos 10 caracteres).' })
          .meta({ label: 'Texto alternativo', hint: 'Qué muestra la imagen, para lectores de pantalla.' }),
        credit: text({ label: 'Crédito', hint: 'Autoría o fuente de la imagen.' }),
        caption: text({ label: 'Pie de foto', hint: 'Texto opcional que acompaña la imagen.' }).optional(),
      }),
    )
    .default([])
    .meta({ label: 'Imágenes', hint: 'Fotos o gráficos, cada uno con texto alternativo y crédito.' });

/** Fails when an end date comes before its start date, naming the end field. */
export const endNotBeforeStart =
  (startKey: string, endKey: string) =>
  (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
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
  lastReviewed: date({ label: 'Última revisión', hint: 'Día en que el equipo editorial revisó el contenido por última vez.' }),
};

export const summary = text(
  { label: 'Resumen', hint: 'Una o dos frases que expliquen de qué se trata (máximo 300 caracteres).' },
  { min: 20, max: 300 },
);

export const title = text({ label: 'Título', hint: 'Nombre claro y corto, sin siglas sin explicar.' }, { min: 5, max: 140 });
