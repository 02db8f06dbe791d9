/** Formación de formadores: courses trainers use to train local trainers, and their modules. */
import { z } from 'zod';
import { podcastProps, videoProps } from './audiovisual.ts';
import { classification } from './classification.ts';
import type { SchemaContext } from './context.ts';
import { oneOf, publication, quantity, ref, refs, summary, text, textList, title } from './fields.ts';

export const material = z
  .object({
    title: text({ label: 'Nombre del material', hint: 'Cómo se llama el archivo para quien lo descarga.' }),
    href: z
      .string()
      .max(500)
      .regex(/^(\/(?![/\\])|https:\/\/)/, { error: 'Use una ruta del portal (/materiales/…) o una dirección https://' })
      .meta({ label: 'Archivo o enlace', hint: 'Ruta en /materiales/ o dirección web del material.' }),
    format: oneOf(['pdf', 'docx', 'pptx', 'xlsx', 'odt', 'mp3', 'mp4', 'zip'] as const, {
      label: 'Formato',
      hint: 'Tipo de archivo, para que el formador sepa con qué abrirlo.',
      options: {
        pdf: 'PDF',
        docx: 'Word',
        pptx: 'PowerPoint',
        xlsx: 'Excel',
        odt: 'OpenDocument',
        mp3: 'Audio MP3',
        mp4: 'Video MP4',
        zip: 'Archivo ZIP',
      },
    }),
  })
  .meta({ label: 'Material' });

const materials = z
  .array(material)
  .max(50, { error: 'Agregue como máximo 50.' })
  .default([])
  .meta({ label: 'Materiales', hint: 'Archivos que el formador descarga y usa. Hasta 50.' });

const objectives = textList(
  { label: 'Objetivos pedagógicos', hint: 'Lo que la persona podrá hacer al terminar, empezando por un verbo.' },
  1,
);

export const course = (ctx: SchemaContext) => {
  const { themes, capacityLevels } = classification(ctx);
  return z.object({
    title,
    summary,
    audience: text({
      label: 'A quién va dirigido',
      hint: 'Quiénes lo toman: formadores departamentales, enlaces municipales…',
    }),
    audienceGroups: refs(
      ctx,
      'valueGroups',
      { label: 'Grupos de valor del público', hint: 'Grupos de valor del público.' },
      1,
    ),
    objectives,
    durationHours: quantity(
      { label: 'Duración (horas)', hint: 'Horas totales, sumando todos los módulos.' },
      { min: 0.5, max: 1000 },
    ),
    prerequisites: textList({ label: 'Requisitos previos', hint: 'Lo que conviene saber o tener antes de empezar.' }),
    level: oneOf(['basico', 'intermedio', 'avanzado'] as const, {
      label: 'Nivel',
      hint: 'Qué tanta experiencia previa supone.',
      options: { basico: 'Básico', intermedio: 'Intermedio', avanzado: 'Avanzado' },
    }),
    themes,
    capacityLevels,
    offers: refs(ctx, 'offers', {
      label: 'Ofertas que apoya',
      hint: 'Oferta institucional a la que sirve el curso.',
    }).default([]),
    agendas: refs(ctx, 'agendas', { label: 'Agendas que apoya', hint: 'Agendas de desarrollo que prioriza.' }).default(
      [],
    ),
    entity: ref(ctx, 'entities', { label: 'Entidad responsable', hint: 'Quién diseña y mantiene el curso.' }),
    materials,
    ...publication,
  });
};

export const courseModule = (ctx: SchemaContext) =>
  z.object({
    title,
    summary,
    course: ref(ctx, 'courses', { label: 'Curso', hint: 'Curso al que pertenece el módulo.' }),
    order: quantity(
      { label: 'Número de módulo', hint: 'Posición en el curso: 1, 2, 3… sin saltos ni repeticiones.' },
      { min: 1, max: 100, int: true },
    ),
    durationMinutes: quantity(
      { label: 'Duración (minutos)', hint: 'Tiempo total de la sesión.' },
      { min: 1, max: 1440, int: true },
    ),
    objectives,
    activityGuide: z
      .array(
        z.object({
          step: text({ label: 'Paso', hint: 'Qué hace el formador en este paso.' }),
          minutes: quantity({ label: 'Minutos', hint: 'Tiempo del paso.' }, { min: 1, max: 480, int: true }),
          materials: textList({
            label: 'Materiales del paso',
            hint: 'Lo que se necesita: tablero, fichas, proyector…',
          }).default([]),
        }),
      )
      .min(1, { error: 'Describa al menos un paso de la actividad.' })
      .max(40, { error: 'Agregue como máximo 40.' })
      .meta({ label: 'Guía de la actividad', hint: 'Pasos de la sesión, en orden, con su tiempo. Hasta 40.' }),
    materials,
    videos: z.array(videoProps).max(20, { error: 'Agregue como máximo 20.' }).default([]).meta({
      label: 'Videos',
      hint: 'Videos del módulo, cada uno con portada y subtítulos o transcripción. Hasta 20.',
    }),
    podcasts: z
      .array(podcastProps)
      .max(20, { error: 'Agregue como máximo 20.' })
      .default([])
      .meta({ label: 'Pódcasts', hint: 'Audios del módulo, cada uno con su transcripción. Hasta 20.' }),
    practices: refs(ctx, 'practices', {
      label: 'Prácticas de apoyo',
      hint: 'Buenas prácticas que el módulo usa como caso.',
    }).default([]),
    lessons: refs(ctx, 'lessons', {
      label: 'Lecciones de apoyo',
      hint: 'Lecciones aprendidas que el módulo discute.',
    }).default([]),
    status: publication.status,
  });
