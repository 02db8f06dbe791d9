/** Props of <Cifra>: a key figure, what it measures and where it comes from. */
import { z } from 'zod';

export const cifraProps = z
  .object({
    valor: z
      .string()
      .trim()
      .min(1)
      .max(30)
      .meta({ label: 'Cifra', hint: 'El número tal como se lee: «310», «45 %», «$ 12 millones».' }),
    etiqueta: z
      .string()
      .trim()
      .min(3)
      .max(160)
      .meta({ label: 'Qué mide', hint: 'Qué significa la cifra, por ejemplo «personas asistieron en zona rural».' }),
    fuente: z
      .string()
      .trim()
      .min(3)
      .max(200)
      .optional()
      .meta({ label: 'Fuente de la cifra', hint: 'De dónde sale el dato: informe, sistema de información, acta…' }),
  })
  .strict()
  .meta({ label: 'Cifra destacada', hint: 'Un dato clave con lo que mide y su fuente.' });
