/**
 * The Decap widgets and backends the admin bundle carries, by name. Decap's all-in-one app
 * (`decap-cms-app`) registers 17 widgets, 10 backends, a code editor with a hundred syntax
 * modes, a map and every locale: about half of the admin's weight was code no field here
 * uses. The bundle registers these instead (cms/extensions.ts imports one package per name,
 * its type ties it to this list), and `test/unit/cms-admin.test.ts` fails when the generated
 * config names a widget that is not here, or this list carries one the config never uses.
 * Pure data: imported by Node tests as well as by the bundle.
 */

/** Every widget the generated config (src/derive/cms-config.ts) uses, and nothing else. */
export const REGISTERED_WIDGETS = [
  'string',
  'text',
  'number',
  'select',
  'relation',
  'list',
  'object',
  'image',
  'markdown',
  // An offer's «Solo para municipios PDET» (schemas/offers.ts).
  'boolean',
  // Our own (cms/widgets/date.ts): a calendar day typed as dd/mm/aaaa, stored as YYYY-MM-DD.
  'date',
] as const;
export type RegisteredWidget = (typeof REGISTERED_WIDGETS)[number];

/**
 * The production backends `CMS_BACKEND` may name (cms/settings.ts), plus `proxy`, which Decap
 * uses for `local_backend` (the decap-server of `npm run cms`).
 */
export const REGISTERED_BACKENDS = ['github', 'gitlab', 'proxy'] as const;
export type RegisteredBackend = (typeof REGISTERED_BACKENDS)[number];
