/**
 * Every error that stops a build, a CLI or the CMS admin, in one place: a permanent `name`
 * (for tests and for searching), a short `title`, a `message` (a function when it needs the
 * file, the field or what went wrong) and a `hint` that says what to do. The content problems an
 * editor meets in `npm run check` have their own catalogue (`src/validation/problems.ts`); these
 * are the ones that surface as a thrown error.
 *
 * The language follows the audience, one rule for all:
 * - `editor`: an editor can cause it and fix it (a reference to content that does not exist, a
 *   link to a missing page, two downloads with the same file name, the local editing servers).
 *   Title, message and hint are in Spanish, worded like `problems.ts`: what is wrong, then what
 *   to do, no jargon.
 * - `developer`: only a change to the code, a missing build step or an impossible state causes
 *   it (a wrong call, a schema the derivations cannot read, a tool that failed). English, naming
 *   the function, file or command involved.
 * No «Error:» prefix and no apology; if an error can be prevented, prevent it instead of adding one.
 */

/** Who can cause the error and fix it, which fixes the language it speaks (see above). */
export type Audience = 'editor' | 'developer';

/** A fixed text, or one built from the entry's own parameters (`never[]` accepts any list of them). */
type Text = string | ((...params: never[]) => string);

export interface BuildErrorData {
  /** Permanent, PascalCase, unique: tests and searches rely on it. */
  name: string;
  audience: Audience;
  /** What happened, in a few words. */
  title: string;
  /** What happened here, naming the file, field or value. */
  message: Text;
  /** What to do about it. Receives the same parameters as `message` when it is a function. */
  hint: Text;
}

// ——— Editors: Spanish ———

export const DanglingTermReference = {
  name: 'DanglingTermReference',
  audience: 'editor',
  title: 'Referencia a un término que no existe',
  message: (collection: string, id: string) =>
    `Un contenido publicado menciona «${id}», que no existe en ${collection}.`,
  hint: 'Ejecute «npm run check»: dice qué archivo y qué campo tienen esa referencia. Elija un valor que exista o cree primero ese término.',
} satisfies BuildErrorData;

export const BrokenLinks = {
  name: 'BrokenLinks',
  audience: 'editor',
  title: 'Enlaces internos rotos',
  message: (list: string) => list,
  hint: 'Corrija cada enlace en el contenido de la página que lo tiene, o cree la página o el archivo al que apunta.',
} satisfies BuildErrorData;

export const DuplicateDownloadName = {
  name: 'DuplicateDownloadName',
  audience: 'editor',
  title: 'Dos descargas con el mismo nombre',
  message: (name: string) => `El ZIP de descargas tendría dos archivos llamados «${name}».`,
  hint: 'Dos materiales del curso o de sus módulos son archivos distintos con el mismo nombre: cambie el nombre de uno en public/ y su enlace en el contenido.',
} satisfies BuildErrorData;

export const EditingServerExited = {
  name: 'EditingServerExited',
  audience: 'editor',
  title: 'Un servidor de edición se detuvo',
  message: (url: string, code: string | number) => `El servidor terminó antes de responder en ${url} (código ${code}).`,
  hint: 'Los mensajes de arriba suelen decir la causa (un puerto ocupado, un archivo que no se puede leer). Corríjala y ejecute de nuevo «npm run cms».',
} satisfies BuildErrorData;

export const EditingServerTimeout = {
  name: 'EditingServerTimeout',
  audience: 'editor',
  title: 'Un servidor de edición no respondió',
  message: (url: string, seconds: number) => `Nada respondió en ${url} tras ${seconds} s.`,
  hint: 'El equipo puede estar muy ocupado: cierre otros «npm run cms» o «npm run dev» abiertos y ejecute de nuevo «npm run cms».',
} satisfies BuildErrorData;

// ——— Developers: English ———

export const UnknownSchemaField = {
  name: 'UnknownSchemaField',
  audience: 'developer',
  title: 'No such field in the schema',
  message: (collection: string, path: string) => `The schema of ${collection} has no field \`${path}\`.`,
  hint: 'Field paths are the schema keys joined by dots (`results.baseline`); list items are stepped into. Check the spelling against src/schemas/.',
} satisfies BuildErrorData;

export const FieldWithoutLabel = {
  name: 'FieldWithoutLabel',
  audience: 'developer',
  title: 'Field without a label',
  message: (collection: string, path: string) => `The field \`${collection}.${path}\` has no label in its schema.`,
  hint: 'Give the field `.meta({ label, hint })` in src/schemas/: pages, the CMS and the exports all read it from there.',
} satisfies BuildErrorData;

export const UnsupportedSchemaType = {
  name: 'UnsupportedSchemaType',
  audience: 'developer',
  title: 'Schema type the derivations cannot describe',
  message: (type: string, key: string) =>
    `The field \`${key}\` has the zod type \`${type}\`, which src/derive/fields.ts does not describe.`,
  hint: 'Use one of the field builders of src/schemas/fields.ts, or teach `describe()` the new type (and the CMS config, JSON Schema and CSV derivations with it).',
} satisfies BuildErrorData;

export const SchemaNotAnObject = {
  name: 'SchemaNotAnObject',
  audience: 'developer',
  title: 'Collection schema is not an object',
  message: (type: string) => `Expected a zod object, found \`${type}\`.`,
  hint: 'A collection schema is a `z.object(...)`, refined or not; wrap other shapes in one.',
} satisfies BuildErrorData;

export const CollectionWithoutPages = {
  name: 'CollectionWithoutPages',
  audience: 'developer',
  title: 'Collection without pages of its own',
  message: (collection: string) => `The collection ${collection} has no route, so it has no listing page to link to.`,
  hint: 'Link to the page that shows its entries instead, or give the collection a `route` in src/schemas/index.ts and a page under src/pages/.',
} satisfies BuildErrorData;

export const FacetNotFilterable = {
  name: 'FacetNotFilterable',
  audience: 'developer',
  title: 'Catalogue facet on a field that cannot filter',
  message: (path: string) =>
    `The field offers.${path} is neither a list of options nor a reference, so it cannot be a filter.`,
  hint: 'Facets of the offer catalogue (src/features/catalogue/offer-facets.ts) name enum or reference fields only.',
} satisfies BuildErrorData;

export const UnreadableEventDates = {
  name: 'UnreadableEventDates',
  audience: 'developer',
  title: 'Event dates that cannot be read',
  message: (id: string) => `The event ${id} has start or end times that do not parse.`,
  hint: 'The events schema should have refused them: make its date-time fields and `bogotaInstant()` agree.',
} satisfies BuildErrorData;

export const CourseNotPublished = {
  name: 'CourseNotPublished',
  audience: 'developer',
  title: 'No published course with that id',
  message: (id: string) => `No published course has the id ${id}.`,
  hint: "Ask for the downloads of a course taken from `published('courses')`, as the course routes do.",
} satisfies BuildErrorData;

export const CourseWithoutArchive = {
  name: 'CourseWithoutArchive',
  audience: 'developer',
  title: 'A course without materials has no archive',
  message: (id: string) => `The course ${id} has no downloadable materials, so it has no «Descargar todo» archive.`,
  hint: 'Ask for the archives of the courses `courseArchivePaths` lists: only those have one.',
} satisfies BuildErrorData;

export const NeedNotPublished = {
  name: 'NeedNotPublished',
  audience: 'developer',
  title: 'No published need with that id',
  message: (id: string) => `No published need has the id ${id}.`,
  hint: 'Ask for the pages `needPaths` lists: they are the published needs the loader read.',
} satisfies BuildErrorData;

export const TopologyObjectMissing = {
  name: 'TopologyObjectMissing',
  audience: 'developer',
  title: 'Map data without the expected layer',
  message: (objectName: string) => `The topology has no object named "${objectName}".`,
  hint: 'Regenerate the map with «npm run data:department-map», or use the object name it writes.',
} satisfies BuildErrorData;

export const HeadersLineBeforePath = {
  name: 'HeadersLineBeforePath',
  audience: 'developer',
  title: '_headers line outside any rule',
  message: (line: string) => `An indented header line comes before any path: ${line}`,
  hint: 'In a _headers file each rule starts with an unindented path; its headers follow, indented.',
} satisfies BuildErrorData;

export const HeadersLineMalformed = {
  name: 'HeadersLineMalformed',
  audience: 'developer',
  title: '_headers line that is not a header',
  message: (line: string) => `Not a "Name: value" line: ${line}`,
  hint: 'Header lines read `Name: value`; a line starting with `!` detaches a header set by an earlier rule.',
} satisfies BuildErrorData;

export const InlineEventHandlers = {
  name: 'InlineEventHandlers',
  audience: 'developer',
  title: 'Inline event handlers in the built pages',
  message: (list: string) => `Inline event handlers break the Content-Security-Policy:\n  ${list}`,
  hint: 'Attach the handler from a <script> (bundled, so the CSP allows it) instead of an on… attribute.',
} satisfies BuildErrorData;

export const UnhashedImmutableFiles = {
  name: 'UnhashedImmutableFiles',
  audience: 'developer',
  title: 'Files served as immutable without a content hash',
  message: (list: string) => `Files in folders served as immutable must be named by their content hash:\n  ${list}`,
  hint: 'Let the bundler name them, or serve their folder without the immutable cache rule (src/audit/cache-headers.ts).',
} satisfies BuildErrorData;

export const PagefindIndexNotCreated = {
  name: 'PagefindIndexNotCreated',
  audience: 'developer',
  title: 'Pagefind could not start an index',
  message: (detail: string) => `Pagefind could not create an index: ${detail}`,
  hint: 'Check that the installed pagefind package matches package-lock.json (npm ci) and that its binary runs on this machine.',
} satisfies BuildErrorData;

export const PagefindPageNotIndexed = {
  name: 'PagefindPageNotIndexed',
  audience: 'developer',
  title: 'Pagefind could not index a page',
  message: (page: string, detail: string) => `Pagefind could not index ${page}: ${detail}`,
  hint: 'Open what it names in dist/: malformed HTML is the usual cause. Pagefind indexes what a page marks with data-pagefind-body.',
} satisfies BuildErrorData;

export const PagefindIndexNotWritten = {
  name: 'PagefindIndexNotWritten',
  audience: 'developer',
  title: 'Pagefind could not write its index',
  message: (detail: string) => `Pagefind could not write the index: ${detail}`,
  hint: 'Check that the output folder is writable and the disk has room.',
} satisfies BuildErrorData;

export const PagefindNoSpanishIndex = {
  name: 'PagefindNoSpanishIndex',
  audience: 'developer',
  title: 'Pagefind wrote no Spanish index',
  message: 'pagefind-entry.json has no "es" language.',
  hint: 'Every page is indexed as Spanish (forceLanguage: "es" in src/integrations/pagefind-index.ts); check that option and the pages\' lang attribute.',
} satisfies BuildErrorData;

export const SearchPageMarkerMissing = {
  name: 'SearchPageMarkerMissing',
  audience: 'developer',
  title: 'Search page without the index marker',
  message: (page: string, marker: string) => `${page} lacks the attribute ${marker} that receives the index name.`,
  hint: 'The search page must render SEARCH_INDEX_ATTRIBUTE with the UNINDEXED value (src/render/search-index.ts) for the build to stamp it.',
} satisfies BuildErrorData;

export const InvalidBuildDate = {
  name: 'InvalidBuildDate',
  audience: 'developer',
  title: 'BUILD_DATE is not a day',
  message: (value: string) => `BUILD_DATE must be a day written YYYY-MM-DD; got "${value}".`,
  hint: 'Set BUILD_DATE=2026-11-24 (for example) to pin the build day, or unset it to use today.',
} satisfies BuildErrorData;

export const CmsBundleBuildFailed = {
  name: 'CmsBundleBuildFailed',
  audience: 'developer',
  title: 'The CMS admin bundle did not build',
  message: (detail: string) => `Cannot build /admin: the CMS admin bundle failed to build (${detail}).`,
  hint: 'Run «npm run build:cms» to see why (npm run build, dev and cms run it for you).',
} satisfies BuildErrorData;

export const DecapSocketMissing = {
  name: 'DecapSocketMissing',
  audience: 'developer',
  title: 'decap-server started without its socket',
  message: 'DECAP_SOCKET is not set.',
  hint: 'This process is started by the editing guard (src/cms-server/guard.ts), which sets DECAP_SOCKET; start it through «npm run cms».',
} satisfies BuildErrorData;

export const CmsContextUnavailable = {
  name: 'CmsContextUnavailable',
  audience: 'developer',
  title: 'The CMS could not load the published context',
  message: (url: string, status: number) => `${url} answered ${status}.`,
  hint: 'The site publishes that file next to the admin page (src/pages/admin/validacion.json.ts); build the site again, or serve it with «npm run dev» or «npm run cms».',
} satisfies BuildErrorData;

export const CmsUnusedFormat = {
  name: 'CmsUnusedFormat',
  audience: 'developer',
  title: 'A file format the CMS was built without',
  message: 'Decap asked for a file format this admin bundle leaves out.',
  hint: 'Collections use the formats of cms/format/preserve.ts (CMS_FORMATS); name one of them in the generated config, or drop the stub alias in src/integrations/cms-bundle-build.ts.',
} satisfies BuildErrorData;

export const CmsPreviewElement = {
  name: 'CmsPreviewElement',
  audience: 'developer',
  title: 'An editor component preview returned a React element',
  message: 'The admin bundle has no React server renderer, so component previews must return HTML strings.',
  hint: "Return a string from the component's preview, as cms/preview.ts (componentPreviewer) does.",
} satisfies BuildErrorData;

export const CmsGraphqlDisabled = {
  name: 'CmsGraphqlDisabled',
  audience: 'developer',
  title: 'The CMS was built without GraphQL',
  message: 'A backend asked for a GraphQL client, which this admin bundle leaves out.',
  hint: 'Remove `use_graphql` from the backend configuration: the REST clients do the work.',
} satisfies BuildErrorData;

export const BenchStepFailed = {
  name: 'BenchStepFailed',
  audience: 'developer',
  title: 'A benchmark step failed',
  message: (step: string, code: string | number, log: string) =>
    `${step} failed (exit code ${code}); its output is in ${log}.`,
  hint: 'Read that log: the step runs the real build or search on a generated corpus.',
} satisfies BuildErrorData;

export const BenchDataRejected = {
  name: 'BenchDataRejected',
  audience: 'developer',
  title: 'A data file of the benchmark was rejected',
  message: (file: string, line: number, problem: string) => `${file}, line ${line}: ${problem}`,
  hint: 'The benchmark imports DIVIPOLA and the territory profiles with the real import commands; give it the files they accept (DIVIPOLA_CSV, PDET_CSV).',
} satisfies BuildErrorData;

export const RelatedProcessFailed = {
  name: 'RelatedProcessFailed',
  audience: 'developer',
  title: 'Finding related entries failed',
  message: (code: string | number, output: string) =>
    `The process that finds each entry's related entries ended with ${code}: ${output}`,
  hint: 'It runs src/features/related/related-child.ts with this Node; run «npm run build» again, and if it fails the same way, run that file on the output above.',
} satisfies BuildErrorData;

export const EntryBodyUnreadable = {
  name: 'EntryBodyUnreadable',
  audience: 'editor',
  title: 'No se pudo leer el texto de una entrada',
  message: (file: string) =>
    `El archivo ${file} cambió o desapareció mientras se construía el sitio y ya no se puede leer su texto.`,
  hint: 'Vuelva a construir el sitio; si el archivo se está editando, guarde los cambios primero y corra «npm run check».',
} satisfies BuildErrorData;
