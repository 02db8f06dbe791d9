/**
 * The check before saving: the editor gets, on each field and before anything is written, the
 * verdict `npm run check` would give the file. Not a second copy of the rules: the admin runs
 * the check's own one-entry verdict (src/validation/entry.ts) on the very text the CMS is about
 * to write (the project's formats, cms/format/preserve.ts), with the rest of the tree known from
 * `/admin/validacion.json`, published with the site.
 *
 * Two Decap hooks, because each does half of the job (decap-cms-core 3, read in its source):
 * - A widget's `isValid` puts an error on its field, and `persistEntry` stops before the backend
 *   is called while any field has one. Decap's own widgets are wrapped so each asks the verdict
 *   for its field's path, which this module writes into the config's fields before `init`.
 * - A `preSave` listener that throws makes the backend's `persistEntry` fail before it writes (or
 *   commits, on GitHub and GitLab), with Decap's error notice at the top of the screen. It refuses
 *   whatever is left: problems of no form field, fields not on screen, a verdict not yet loaded.
 */
import { Component, createElement } from 'react';
import type { CMS } from 'decap-cms-core';
import { t } from '../src/i18n/index.ts';
import type { Problem } from '../src/validation/problems.ts';
import type { EntryContext, ImmutableLike, PublishedContext, Verdict } from './entry-verdict.ts';
import { buildError, CmsContextUnavailable } from '../src/core/errors/index.ts';

/** Published by src/pages/admin/validacion.json.ts. */
const CONTEXT_URL = '/admin/validacion.json';

/** The key, added to every field of the config, holding its path in the entry's data. */
export const FIELD_PATH = 'rt_path';

interface ConfigField {
  name: string;
  widget?: string;
  fields?: ConfigField[];
  field?: ConfigField;
  [FIELD_PATH]?: string;
}

/**
 * Writes each field's data path into the config and returns the widgets that draw such fields.
 * A list's items get no path: the list is collapsed, so a problem at `results[1].baseline` goes
 * on the list, named «Resultados › n.º 2 › Línea base».
 */
export function annotateFieldPaths(fields: ConfigField[], parent = '', widgets = new Set<string>()): Set<string> {
  for (const field of fields) {
    const path = parent ? `${parent}.${field.name}` : field.name;
    field[FIELD_PATH] = path;
    widgets.add(field.widget ?? 'string');
    if (field.widget !== 'list' && field.fields) annotateFieldPaths(field.fields, path, widgets);
  }
  return widgets;
}

/** What an editor reads on the field: the check's message and hint; inside a list, which item. */
export function fieldMessage(problems: Problem[]): string {
  return problems
    .map(
      (p) =>
        `${/\[\d+\]/.test(p.field) && p.fieldLabel ? `${p.fieldLabel}: ` : ''}${p.message}${p.hint ? ` ${p.hint}` : ''}`,
    )
    .join(' ');
}

type VerdictModule = typeof import('./entry-verdict.ts');

class EntryVerdicts {
  private judge: { module: VerdictModule; context: EntryContext } | undefined;
  private loading: Promise<unknown> | undefined;
  private cache = new WeakMap<object, Verdict>();

  /** The verdict's code and context; the context is fetched again after each save (a new entry is a new possible reference). */
  load(): Promise<unknown> {
    this.loading ??= Promise.all([
      import('./entry-verdict.ts'),
      fetch(CONTEXT_URL, { cache: 'no-store' }).then((response) => {
        if (!response.ok) throw buildError(CmsContextUnavailable, CONTEXT_URL, response.status);
        return response.json() as Promise<PublishedContext>;
      }),
    ])
      .then(([module, published]) => {
        this.judge = { module, context: module.contextFromPublished(published) };
        this.cache = new WeakMap();
      })
      .catch((error: unknown) => {
        this.loading = undefined;
        throw error;
      });
    return this.loading;
  }

  reload() {
    this.loading = undefined;
    void this.load().catch(() => undefined);
  }

  /** What the check says of a required field left empty: Decap says it in its own words. */
  get missingField() {
    return this.judge?.module.MISSING_FIELD;
  }

  /** The verdict on an entry as it stands, or undefined while the context is loading. */
  of(entry: ImmutableLike): Verdict | undefined {
    const collection = entry.get('collection');
    const data = entry.get('data') as object | undefined;
    if (!this.judge || !data || !this.judge.module.isCollection(collection)) return undefined;
    let verdict = this.cache.get(data);
    if (!verdict) {
      verdict = this.judge.module.verdictOf(collection, entry, this.judge.context);
      this.cache.set(data, verdict);
    }
    return verdict;
  }
}

const isEmptyValue = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  ((value as { size?: number }).size === 0 && typeof value === 'object');

interface ControlProps {
  field: ImmutableLike;
  value: unknown;
  getEntry?: () => ImmutableLike;
  entry?: ImmutableLike;
  validate: () => void;
}

type Control = Record<string, unknown> & { isValid?: () => unknown; getWrappedInstance?: () => Control };

/** Methods Decap calls on a control instance, which the wrapper must answer as the control would. */
const FORWARDED = ['validate', 'focus', 'getValidateValue', 'shouldComponentUpdate'] as const;

/** Decap's control, unchanged, plus the check's verdict on its field in `isValid`. */
function checkedControl(inner: unknown, verdicts: EntryVerdicts) {
  return class CheckedControl extends Component<ControlProps> {
    private inner: Control | undefined;
    [key: string]: unknown;

    private setInner = (ref: Control | null) => {
      const control = ref?.getWrappedInstance ? ref.getWrappedInstance() : (ref ?? undefined);
      this.inner = control;
      if (!control) return;
      for (const name of FORWARDED) {
        const method = control[name];
        if (typeof method !== 'function') continue;
        if (name === 'validate') {
          // Objects and lists validate their children; their own field's problems are added after.
          this.validate = () => {
            method.call(control);
            if (this.problems().length) this.props.validate();
          };
        } else if (name === 'shouldComponentUpdate') {
          this.shouldComponentUpdate = (next: unknown) => method.call(control, next, control.state);
        } else {
          this[name] = (...args: unknown[]) => method.apply(control, args);
        }
      }
    };

    private problems(): Problem[] {
      const path = this.props.field.get(FIELD_PATH);
      if (typeof path !== 'string') return [];
      const entry = this.props.getEntry?.() ?? this.props.entry;
      const found = (entry && verdicts.of(entry)?.byField.get(path)) ?? [];
      // Decap already says a required field is empty, in its own words.
      const decapSaysEmpty = this.props.field.get('required', true) !== false && isEmptyValue(this.props.value);
      return found.filter((p) => !(decapSaysEmpty && p.message === verdicts.missingField));
    }

    isValid = () => {
      const own = this.inner?.isValid?.();
      const ownFine =
        own === undefined ||
        own === true ||
        (typeof own === 'object' && own !== null && 'error' in own && !(own as { error: unknown }).error);
      if (!ownFine) return own;
      const problems = this.problems();
      return problems.length ? { error: { type: 'CUSTOM', message: fieldMessage(problems) } } : (own ?? true);
    };

    render() {
      return createElement(inner as never, { ...this.props, ref: this.setInner });
    }
  };
}

/** Raised by the preSave listener: Decap shows it as «No se pudo guardar la entrada: …» (ui.toast.onFailToPersist). */
class EntryRefused extends Error {
  constructor(errors: Problem[]) {
    super(errors.map((p) => `${p.fieldLabel ? `${p.fieldLabel}: ` : ''}${p.message}`).join(' '));
    this.name = t('cms.check.refused');
  }
}

/** Call before `CMS.init`, with the config that will be passed to it. */
export function registerValidation(cms: CMS, config: { collections?: { fields?: ConfigField[] }[] }) {
  const verdicts = new EntryVerdicts();
  verdicts.reload();

  const widgets = new Set<string>();
  for (const collection of config.collections ?? []) annotateFieldPaths(collection.fields ?? [], '', widgets);
  for (const name of widgets) {
    const widget = cms.getWidget(name);
    if (!widget) continue;
    // Everything Decap registered with the widget (styles, schema, options) stays as it was.
    const { control, preview, ...options } = widget;
    cms.registerWidget({
      ...options,
      name,
      controlComponent: checkedControl(control, verdicts) as never,
      previewComponent: preview,
    });
  }

  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      try {
        await verdicts.load();
      } catch {
        throw new EntryRefused([{ code: 'NoVerdict', file: '', field: '', message: t('cms.check.unavailable') }]);
      }
      const verdict = verdicts.of(entry as ImmutableLike);
      if (verdict?.errors.length) throw new EntryRefused(verdict.errors);
      // Nothing returned: the entry is saved as it is.
      return undefined;
    },
  });
  cms.registerEventListener({ name: 'postSave', handler: () => void verdicts.reload() });
}
