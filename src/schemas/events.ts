/** Jornadas de formación a formadores: dated training events that teach a course. */
import { z } from 'zod';
import { bogotaInstant, LOCAL_DATE_TIME } from '../core/bogota-time.ts';
import type { SchemaContext } from './context.ts';
import { institutionalEmail, oneOf, publication, ref, summary, text, title, url } from './fields.ts';

/**
 * Editors write the wall-clock time in Colombia; the time zone is fixed (America/Bogota)
 * so nobody has to write an offset, and pages and calendars convert from it.
 */
const localDateTime = (words: { label: string; hint: string }) =>
  z
    .string()
    .trim()
    .regex(LOCAL_DATE_TIME, { error: 'Escriba la fecha y la hora así: 2026-12-03 08:30 (hora de Colombia).' })
    // Only a well-formed text can be an impossible day; the regex already reported the rest.
    .refine((v) => !LOCAL_DATE_TIME.test(v) || bogotaInstant(v) !== undefined, {
      error: 'Esa fecha u hora no existe en el calendario.',
    })
    .meta(words);

export const eventStates = ['programada', 'aplazada', 'cancelada'] as const;

export const event = (ctx: SchemaContext) =>
  z
    .object({
      title,
      summary,
      course: ref(ctx, 'courses', {
        label: 'Curso',
        hint: 'Curso de formación de formadores que se dicta en la jornada.',
      }),
      organiser: ref(ctx, 'entities', {
        label: 'Entidad organizadora',
        hint: 'Entidad que convoca y responde por la jornada.',
      }),
      starts: localDateTime({
        label: 'Fecha y hora de inicio',
        hint: 'Fecha y hora de Colombia en que empieza, por ejemplo 2026-12-03 08:30.',
      }),
      ends: localDateTime({
        label: 'Fecha y hora de fin',
        hint: 'Fecha y hora de Colombia en que termina, por ejemplo 2026-12-03 17:00.',
      }),
      place: z
        .object({
          venue: text({ label: 'Lugar', hint: 'Nombre del sitio: auditorio, casa de la cultura, aula…' }),
          address: text({ label: 'Dirección', hint: 'Dirección o indicaciones para llegar.' }).optional(),
          territory: ref(ctx, 'territories', {
            label: 'Municipio',
            hint: 'Municipio donde se hace la jornada (código DIVIPOLA).',
          }),
        })
        .optional()
        .meta({ label: 'Lugar presencial', hint: 'Déjelo vacío si la jornada es solo virtual.', conditional: true }),
      online: url({
        label: 'Enlace de la sesión virtual',
        hint: 'Dirección institucional de la sala virtual, o de la página donde la entidad publica el enlace.',
      })
        .optional()
        .meta({ conditional: true }),
      registration: z
        .object({
          channel: url({
            label: 'Canal de inscripción',
            hint: 'Formulario o página institucional donde se inscribe el formador.',
          }),
          email: institutionalEmail({
            label: 'Correo de inscripción',
            hint: 'Correo institucional para dudas sobre la inscripción.',
          }).optional(),
          deadline: localDateTime({
            label: 'Cierre de inscripciones',
            hint: 'Fecha y hora de Colombia, por ejemplo 2026-11-30 17:00.',
          }).optional(),
        })
        .meta({ label: 'Inscripción', hint: 'Cómo inscribirse, siempre por un canal institucional.' }),
      eventStatus: oneOf(eventStates, {
        label: 'Estado de la jornada',
        hint: 'Si se aplaza o se cancela, cámbielo aquí: la página y el calendario lo avisan.',
        options: { programada: 'Programada', aplazada: 'Aplazada', cancelada: 'Cancelada' },
      }),
      ...publication,
    })
    .superRefine((value, ctx) => {
      const start = bogotaInstant(value.starts);
      const end = bogotaInstant(value.ends);
      if (start && end && end <= start) {
        ctx.addIssue({
          code: 'custom',
          path: ['ends'],
          message: 'La jornada termina antes de empezar (o a la misma hora). Revise la fecha y la hora de fin.',
        });
      }
      if (!value.place && !value.online) {
        ctx.addIssue({
          code: 'custom',
          path: ['place'],
          message: 'Indique el lugar presencial, el enlace de la sesión virtual o ambos.',
        });
      }
    });
