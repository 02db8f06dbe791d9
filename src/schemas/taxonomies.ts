/**
 * Taxonomies are data editors extend through the CMS. Each entry is one YAML file whose
 * name is its id; other collections point at it by that id.
 */
import { z } from 'zod';
import type { SchemaContext } from './context.ts';
import { contact, oneOf, quantity, ref, text, url } from './fields.ts';
import { profileFields, profileIssues } from './territory-profile.ts';
import { goalOfTarget, SDG_TARGET, sdgTargetCode } from './sdg.ts';

const name = text({ label: 'Nombre', hint: 'Nombre oficial, con tildes.' });
const description = text({ label: 'Descripción', hint: 'Una frase que explique el término.' }).optional();
const order = quantity(
  { label: 'Orden', hint: 'Posición en las listas: 1 va primero.' },
  { min: 1, max: 100, int: true },
);

export const territory = (ctx: SchemaContext) =>
  z
    .object({
      code: z
        .string()
        .regex(/^(\d{2}|\d{5})$/, {
          error:
            'El código DIVIPOLA tiene 2 dígitos (departamento) o 5 (municipio), con el cero inicial: «05», «05001».',
        })
        .meta({
          label: 'Código DIVIPOLA',
          hint: 'Código del DANE: 2 dígitos para un departamento, 5 para un municipio.',
        }),
      name,
      kind: oneOf(['departamento', 'distrito-capital', 'municipio', 'area-no-municipalizada'] as const, {
        label: 'Tipo de entidad territorial',
        hint: 'Departamento, Distrito Capital, municipio (o distrito) o área no municipalizada.',
        options: {
          departamento: 'Departamento',
          'distrito-capital': 'Distrito Capital',
          municipio: 'Municipio',
          'area-no-municipalizada': 'Área no municipalizada',
        },
      }),
      department: ref(ctx, 'territories', {
        label: 'Departamento',
        hint: 'Para un municipio: el departamento al que pertenece.',
      })
        .optional()
        .meta({ conditional: true }),
      region: ref(ctx, 'regions', { label: 'Región', hint: 'Para un departamento: su región.' })
        .optional()
        .meta({ conditional: true }),
      // The initial-capacity profile of a municipality (territory-profile.ts).
      ...profileFields,
    })
    .superRefine((t, issue) => {
      for (const { path, message } of profileIssues(t)) issue.addIssue({ code: 'custom', path: [path], message });
      const isDepartmentLevel = t.code.length === 2;
      if (isDepartmentLevel && t.kind !== 'departamento' && t.kind !== 'distrito-capital') {
        issue.addIssue({
          code: 'custom',
          path: ['kind'],
          message: 'Un código de 2 dígitos corresponde a un departamento o al Distrito Capital.',
        });
      }
      if (!isDepartmentLevel && (t.kind === 'departamento' || t.kind === 'distrito-capital')) {
        issue.addIssue({
          code: 'custom',
          path: ['kind'],
          message: 'Un código de 5 dígitos corresponde a un municipio o área no municipalizada.',
        });
      }
      if (isDepartmentLevel && t.department) {
        issue.addIssue({
          code: 'custom',
          path: ['department'],
          message: 'Un departamento no pertenece a otro departamento; deje este campo vacío.',
        });
      }
      if (isDepartmentLevel && !t.region) {
        issue.addIssue({ code: 'custom', path: ['region'], message: 'Indique la región del departamento.' });
      }
      if (!isDepartmentLevel) {
        if (!t.department) {
          issue.addIssue({ code: 'custom', path: ['department'], message: 'Indique el departamento del municipio.' });
        } else if (!/^\d{2}$/.test(t.department.id) || t.department.id === t.code) {
          issue.addIssue({
            code: 'custom',
            path: ['department'],
            message: `El departamento se indica con su código de 2 dígitos (los 2 primeros del municipio: ${t.code.slice(0, 2)}), no «${t.department.id}».`,
          });
        } else if (!t.code.startsWith(t.department.id)) {
          issue.addIssue({
            code: 'custom',
            path: ['code'],
            message: `El código ${t.code} no empieza por el código de su departamento (${t.department.id}).`,
          });
        }
      }
    });

export const region = () => z.object({ name, description });

export const theme = () => z.object({ name, description });

export const phase = () => z.object({ name, order, description });

export const capacityLevel = () => z.object({ name, order, description });

export const valueGroup = () => z.object({ name, description });

export const sector = () => z.object({ name, description });

export const pnd = () =>
  z.object({
    name,
    description,
    kind: oneOf(['transformacion', 'eje'] as const, {
      label: 'Tipo de alineación',
      hint: 'Transformación del Plan Nacional de Desarrollo o eje transversal.',
      options: { transformacion: 'Transformación', eje: 'Eje transversal' },
    }),
  });

export const entity = (ctx: SchemaContext) =>
  z.object({
    name,
    acronym: text({ label: 'Sigla', hint: 'Sigla oficial, por ejemplo «DNP».' }).optional(),
    sector: ref(ctx, 'sectors', { label: 'Sector', hint: 'Sector administrativo de la entidad.' }),
    level: oneOf(['nacional', 'departamental', 'municipal', 'cooperacion', 'academia'] as const, {
      label: 'Nivel',
      hint: 'Orden de la entidad.',
      options: {
        nacional: 'Nacional',
        departamental: 'Departamental',
        municipal: 'Municipal',
        cooperacion: 'Cooperación',
        academia: 'Academia',
      },
    }),
    website: url({ label: 'Sitio web', hint: 'Dirección oficial de la entidad.' }),
    contact: contact(ctx),
  });

/**
 * One Sustainable Development Goal: its number (the file is named after it, as a territory after
 * its code), its official Spanish name and the codes of its targets (src/schemas/sdg.ts).
 */
export const sdgGoal = () =>
  z
    .object({
      number: quantity(
        { label: 'Número del objetivo', hint: 'De 1 a 17; el archivo se llama así: «6.yaml».' },
        { min: 1, max: 17, int: true },
      ),
      name,
      targets: z
        .array(sdgTargetCode)
        .min(1, { error: 'Cada objetivo tiene al menos una meta.' })
        .max(19, { error: 'Ningún objetivo tiene más de 19 metas.' })
        .meta({ label: 'Metas', hint: 'Códigos de las metas del objetivo, como «6.1» o «6.a». Hasta 19.' }),
    })
    .superRefine((goal, issue) => {
      goal.targets.forEach((code, i) => {
        if (SDG_TARGET.test(code) && goalOfTarget(code) !== String(goal.number)) {
          issue.addIssue({
            code: 'custom',
            path: ['targets', i],
            message: `La meta «${code}» no es del objetivo ${goal.number}: sus metas empiezan por «${goal.number}.».`,
          });
        }
      });
      const repeated = goal.targets.find((code, i) => goal.targets.indexOf(code) !== i);
      if (repeated)
        issue.addIssue({ code: 'custom', path: ['targets'], message: `La meta «${repeated}» está repetida.` });
    });
