/** Props of <Recuadro>: what an editor may write on the tag, with Spanish words for the CMS. */
import { z } from 'zod';

export const recuadroProps = z
  .object({
    tipo: z
      .enum(['nota', 'clave', 'aviso'])
      .default('nota')
      .meta({
        label: 'Tipo de recuadro',
        hint: 'Nota para un dato al margen, clave para lo que no debe olvidarse, aviso para una advertencia.',
        options: { nota: 'Nota', clave: 'Idea clave', aviso: 'Aviso' },
      }),
    titulo: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .meta({ label: 'Título del recuadro', hint: 'Opcional: una frase corta.' }),
  })
  .strict()
  .meta({ label: 'Recuadro', hint: 'Resalta una idea, una nota o una advertencia dentro del texto.' });
