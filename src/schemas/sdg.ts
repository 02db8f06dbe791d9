/**
 * Alignment with the Sustainable Development Goals (Agenda 2030): the 17 goals are a taxonomy
 * (content/taxonomies/sdg, one file per goal with its number, official Spanish name and the codes
 * of its targets), and the knowledge collections that CONSUL and the national good-practice awards
 * tag with SDGs name goals and, optionally, targets. A target is a code («6.1», «16.a»): whether it
 * exists and belongs to a goal the entry names is judged against the taxonomy's data by the
 * content check and the CMS verdict (src/validation/sdg-targets.ts), since only they read it.
 */
import { z } from 'zod';
import type { SchemaContext } from './context.ts';
import { refs } from './fields.ts';

/** A target's code: the goal's number, a dot, then a number (outcome targets) or a letter (means of implementation). */
export const SDG_TARGET = /^([1-9]|1[0-7])\.([1-9]|1[0-9]|[a-z])$/;

/** The goal number a well-formed target code belongs to. */
export const goalOfTarget = (code: string) => code.slice(0, code.indexOf('.'));

const TARGET_FORMAT =
  'Escriba el código de una meta de los ODS, como «6.1» o «16.a»: el número del objetivo, un punto y el número o la letra de la meta.';

/** One target code. A YAML number (6.1 without quotes) is refused: 8.10 would read as 8.1. */
export const sdgTargetCode = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? 'Escriba la meta entre comillas, como "6.1": sin comillas, «8.10» se leería como 8.1.'
        : undefined,
  })
  .trim()
  .regex(SDG_TARGET, { error: TARGET_FORMAT });

/** How many targets the Agenda 2030 has: no list may name more. */
export const SDG_TARGET_COUNT = 169;

/** The fields an aligned entry carries, both optional. */
export const sdgAlignment = (ctx: SchemaContext) => ({
  sdg: refs(ctx, 'sdg', {
    label: 'Objetivos de Desarrollo Sostenible (ODS)',
    hint: 'Los ODS de la Agenda 2030 a los que contribuye, si aplica.',
  }).default([]),
  sdgTargets: z
    .array(sdgTargetCode)
    .max(SDG_TARGET_COUNT, { error: `Nombre como máximo ${SDG_TARGET_COUNT} metas.` })
    .default([])
    .meta({
      label: 'Metas de los ODS',
      hint: 'Códigos de las metas a las que contribuye, como «6.1» o «16.a», cada una de un objetivo elegido arriba. Hasta 169.',
    }),
});
