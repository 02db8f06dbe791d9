/**
 * How knowledge is classified across collections: by territory, theme, the phase of the
 * public management cycle, the capacity it builds and who it serves (Actividad 6).
 */
import type { SchemaContext } from './context.ts';
import { refs } from './fields.ts';

export const classification = (ctx: SchemaContext) => ({
  territories: refs(ctx, 'territories', { label: 'Territorios', hint: 'Departamentos o municipios donde ocurrió.' }, 1),
  themes: refs(ctx, 'themes', { label: 'Temas', hint: 'Temas de gestión que trata.' }, 1),
  phases: refs(
    ctx,
    'phases',
    {
      label: 'Momentos del ciclo de la gestión',
      hint: 'Planeación, programación, ejecución, evaluación o rendición de cuentas.',
    },
    1,
  ),
  capacityLevels: refs(
    ctx,
    'capacityLevels',
    { label: 'Niveles de capacidad', hint: 'Individual, organizacional o institucional.' },
    1,
  ),
  valueGroups: refs(ctx, 'valueGroups', { label: 'Grupos de valor', hint: 'A quiénes sirve o involucra.' }, 1),
});
