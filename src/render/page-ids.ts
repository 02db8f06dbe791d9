/**
 * Ids the portal's own markup gives elements (the skip link's target, the contact section's
 * heading, the related-content section…). A heading inside an entry's body gets an id from its
 * text, so «## Contenido» would take `contenido` and break the skip link. The body renderer
 * reserves these ids and suffixes a body heading that would take one. The list is the layout's:
 * test/unit/page-ids.test.ts reads every id written in src/ui, src/features, src/render
 * and src/pages and fails when one is missing here, so it cannot drift from the markup.
 */
export const reservedPageIds: readonly string[] = [
  'contenido',
  'contacto',
  'solicitud',
  'relacionado',
  'catalogo-q',
  'catalogo-q-hint',
  'catalogo-resultados',
  'buscar-q',
  'buscar-resultados',
  'place-q',
  'place-q-hint',
  'place-results',
  'territory-profile-title',
  'course-filters',
  'filtros-elegidos',
  'inicio-q',
  'perdido-q',
  // Sections of entry pages whose bodies are drawn on the same page (plans, agendas).
  'avance',
  'agenda',
  'cronograma',
  'indicadores',
  'grafico-indicadores',
  'compromisos-abiertos',
  'mesas',
  // The service evaluation of plans and offers (src/features/progress/components/PlanService.astro).
  'evaluacion-servicio',
  'grafico-satisfaccion',
  'servicio',
  'servicio-escala',
  'oferta-servicio',
  'oferta-servicio-escala',
  'red-servicio',
  'red-servicio-escala',
  'servicio-por-departamento',
  // Pages without an entry body, reserved all the same: an id is cheap, a broken link is not.
  'cms-config',
  'cms-skipped',
  'red',
  'por-departamento',
  'proximas',
  'realizadas',
  // Identified demand (src/features/demand): the list, and a need's sections around its body.
  'demanda-resultados',
  'demanda-tabla',
  'necesidad-que',
  'necesidad-donde',
  'necesidad-evidencia',
  'necesidad-cadena',
  'necesidad-contacto',
  'necesidad-practicas',
  // A territory's page (src/features/territory): its needs and «prácticas de municipios como este».
  'necesidades-identificadas',
  'practicas-como-este',
  // A municipality's «Oferta para territorios como este» (src/features/territory).
  'oferta-como-este',
  // The actor map of agendas and plans (src/features/progress/components/ActorMap.astro).
  'actores',
  'actores-matriz',
  // The feeds of new needs on the site's subscription page.
  'canales-demanda',
];

/** Ids the markup builds from a prefix and a value (`modulo-3` on the printable course). */
export const reservedPageIdPrefixes: readonly string[] = ['modulo-', 'dpto-', 'buscar-', 'guia-'];

export const isReservedPageId = (id: string) =>
  reservedPageIds.includes(id) || reservedPageIdPrefixes.some((p) => id.startsWith(p));
