/**
 * The catalogue of content problems an editor can meet. Each says what is wrong and how to
 * fix it, in Spanish, and names the file and the field (and the line when there is one).
 */
export interface Problem {
  /** Permanent name, for tests and for searching the docs. */
  code: string;
  file: string;
  /** Field path in code terms (`results[0].baseline`), empty for whole-file problems. */
  field: string;
  /** The same path in the labels editors see (`Resultados › 1 › Línea base`). */
  fieldLabel?: string;
  line?: number;
  message: string;
  hint?: string;
  /** A warning is shown but does not fail the check; problems are errors unless they say so. */
  severity?: 'warning';
}

export const isError = (p: Problem) => p.severity !== 'warning';

export const problems = {
  yamlSyntax: (file: string, line: number, detail: string): Problem => ({
    code: 'YamlSyntax',
    file,
    field: '',
    line,
    message: `El YAML no se puede leer: ${detail.split('\n')[0]}`,
    hint: 'Revise la sangría, los dos puntos después de cada campo y las comillas que abren y cierran.',
  }),
  missingFrontMatter: (file: string): Problem => ({
    code: 'MissingFrontMatter',
    file,
    field: '',
    line: 1,
    message: 'El archivo no empieza con los datos del contenido entre dos líneas «---».',
    hint: 'La primera línea debe ser «---», luego los campos, luego otra línea «---» y después el texto.',
  }),
  wrongExtension: (file: string, expected: string[]): Problem => ({
    code: 'WrongExtension',
    file,
    field: '',
    message: `Esta carpeta solo admite archivos ${expected.map((e) => `.${e}`).join(' o ')}.`,
    hint: 'Cambie la extensión del archivo o muévalo a la carpeta de su colección.',
  }),
  badId: (file: string): Problem => ({
    code: 'BadFileName',
    file,
    field: '',
    message: 'El nombre del archivo debe usar solo minúsculas sin tildes, números y guiones.',
    hint: 'Por ejemplo «presupuesto-participativo-quibdo.mdx». El nombre es la dirección de la página.',
  }),
  invalidField: (file: string, field: string, fieldLabel: string, message: string): Problem => ({
    code: 'InvalidField',
    file,
    field,
    fieldLabel,
    message,
  }),
  danglingReference: (file: string, field: string, fieldLabel: string, target: string, id: string): Problem => ({
    code: 'DanglingReference',
    file,
    field,
    fieldLabel,
    message: `«${id}» no existe en ${target}.`,
    hint: `Elija un valor que exista en content/ o cree primero esa entrada en ${target}.`,
  }),
  territoryFileName: (file: string, code: string, fieldLabel: string): Problem => ({
    code: 'TerritoryFileName',
    file,
    field: 'code',
    fieldLabel,
    message: `El archivo de un territorio se llama como su código DIVIPOLA: «${code}.yaml».`,
    hint: 'Renombre el archivo; las referencias a territorios usan ese código.',
  }),
  missingImage: (file: string, field: string, fieldLabel: string, path: string): Problem => ({
    code: 'MissingImage',
    file,
    field,
    fieldLabel,
    message: `No se encuentra la imagen «${path}».`,
    hint: 'La ruta es relativa al archivo del contenido, por ejemplo «../media/foto.jpg».',
  }),
  moduleOrder: (file: string, course: string, message: string, fieldLabel: string): Problem => ({
    code: 'ModuleOrder',
    file,
    field: 'order',
    fieldLabel,
    message: `${message} (curso «${course}»).`,
    hint: 'Numere los módulos de cada curso 1, 2, 3… sin saltos ni repeticiones.',
  }),
  missingServedFile: (file: string, field: string, fieldLabel: string, path: string): Problem => ({
    code: 'MissingServedFile',
    file,
    field,
    fieldLabel,
    message: `No se encuentra el archivo «${path}» en public${path}.`,
    hint: 'Suba el archivo a la carpeta public/materiales/ o corrija la ruta (minúsculas, sin espacios ni tildes).',
  }),
  nearDuplicate: (file: string, other: string, score: number): Problem => ({
    code: 'NearDuplicate',
    file,
    field: '',
    severity: 'warning',
    message: `Parece contar lo mismo que «${other}» (similitud ${score.toLocaleString('es-CO', { maximumFractionDigits: 2 })}).`,
    hint: 'Si es la misma experiencia u oferta, una los dos archivos en uno; si son distintas, diga en el título y el resumen qué las diferencia.',
  }),
  unsafeMdx: (file: string, bodyLabel: string, reason: string): Problem => ({
    code: 'UnsafeMdx',
    file,
    field: 'body',
    fieldLabel: bodyLabel,
    message: reason,
    hint: 'El texto admite Markdown y los componentes del editor (Recuadro, Cifra…); nada de código, scripts ni HTML con eventos.',
  }),
  badServedPath: (file: string, field: string, fieldLabel: string, path: string): Problem => ({
    code: 'BadServedPath',
    file,
    field,
    fieldLabel,
    message: `La ruta «${path}» no nombra un archivo dentro de /materiales/ (tiene «%» sueltos, «..» u otros caracteres que no van en una ruta).`,
    hint: 'Use solo minúsculas, números, guiones y puntos, como «/materiales/guia-rendicion.pdf»; escriba «por ciento» en lugar de «%».',
  }),
  imageOutside: (file: string, field: string, fieldLabel: string, path: string): Problem => ({
    code: 'ImageOutside',
    file,
    field,
    fieldLabel,
    message: `La imagen «${path}» no es un archivo de imagen dentro de la carpeta de contenido.`,
    hint: 'Suba la imagen (JPG, PNG, WebP, GIF, AVIF o SVG) a content/media/ y escriba su ruta desde el archivo, por ejemplo «../media/foto.jpg».',
  }),
  territoryHierarchy: (file: string, field: string, fieldLabel: string, message: string): Problem => ({
    code: 'TerritoryHierarchy',
    file,
    field,
    fieldLabel,
    message,
    hint: 'Un municipio nombra su departamento (2 dígitos); un departamento no nombra ninguno.',
  }),
  ruleFailed: (file: string, detail: string): Problem => ({
    code: 'CheckFailed',
    file,
    field: '',
    message: `Una de las revisiones no pudo terminar: ${detail}. Las demás revisiones sí se hicieron.`,
    hint: 'Revise el archivo señalado; si el problema sigue, avise al equipo técnico con este mensaje.',
  }),
  // Reading content (src/reading): what the check and the build refuse alike before any schema.
  hiddenFile: (file: string): Problem => ({
    code: 'HiddenFile',
    file,
    field: '',
    message: 'El nombre del archivo empieza por un punto: quedaría oculto para quien revisa, pero no para el portal.',
    hint: 'Renombre el archivo sin el punto inicial o bórrelo si es una copia.',
  }),
  duplicateId: (file: string, other: string): Problem => ({
    code: 'DuplicateId',
    file,
    field: '',
    message: `Tiene la misma dirección que «${other}»: una de las dos entradas reemplazaría a la otra sin aviso.`,
    hint: 'Deje un solo archivo con ese nombre (no use a la vez .yaml y .yml) o renombre uno de los dos.',
  }),
  reservedId: (file: string, route: string): Problem => ({
    code: 'ReservedId',
    file,
    field: '',
    message: `El nombre del archivo coincide con una página propia del portal («/${route}/»): la entrada no tendría página.`,
    hint: 'Renombre el archivo con un nombre más descriptivo, por ejemplo agregando el lugar o el año.',
  }),
  yamlFeature: (file: string, line: number | undefined, what: string): Problem => ({
    code: 'YamlFeature',
    file,
    field: '',
    line,
    message: `${what} no se admite en el contenido.`,
    hint: 'Escriba cada campo con su valor, sin anclas (&), alias (*), combinaciones (<<) ni etiquetas (!!).',
  }),
  notUtf8: (file: string, line: number): Problem => ({
    code: 'NotUtf8',
    file,
    field: '',
    line,
    message: 'El archivo no está guardado en UTF-8: las tildes y eñes se publicarían como «�».',
    hint: 'Ábralo en el editor y guárdelo con la codificación UTF-8.',
  }),
  tooLarge: (file: string, field: string, fieldLabel: string, message: string, hint: string): Problem => ({
    code: 'TooLarge',
    file,
    field,
    fieldLabel,
    message,
    hint,
  }),
  sdgTargetUnknown: (
    file: string,
    field: string,
    fieldLabel: string,
    code: string,
    goal: string,
    known: readonly string[],
  ): Problem => ({
    code: 'SdgTargetUnknown',
    file,
    field,
    fieldLabel,
    message: `La meta «${code}» no existe en el ODS ${goal}.`,
    hint: `Las metas del ODS ${goal} son: ${known.join(', ')}.`,
  }),
  sdgTargetGoalNotNamed: (
    file: string,
    field: string,
    fieldLabel: string,
    code: string,
    goal: string,
    goalsLabel: string,
  ): Problem => ({
    code: 'SdgTargetGoalNotNamed',
    file,
    field,
    fieldLabel,
    message: `La meta «${code}» es del ODS ${goal}, que esta entrada no nombra.`,
    hint: `Agregue el ODS ${goal} en «${goalsLabel}» o quite la meta.`,
  }),
  sdgGoalFileName: (file: string, goal: string, fieldLabel: string): Problem => ({
    code: 'SdgGoalFileName',
    file,
    field: 'number',
    fieldLabel,
    message: `El archivo de un objetivo se llama como su número: «${goal}.yaml».`,
    hint: 'Renombre el archivo; las entradas nombran los objetivos por ese número.',
  }),
} as const;
