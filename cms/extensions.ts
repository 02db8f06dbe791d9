/**
 * Registers with Decap's core exactly the widgets and backends in cms/registered.ts, one npm
 * package each, instead of `decap-cms-app`'s everything (see registered.ts for why). The maps'
 * types are keyed by those lists, so a name added there without its package here, or the other
 * way round, does not compile.
 */
import type { CMS as DecapCms } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import booleanWidget from 'decap-cms-widget-boolean';
import imageWidget from 'decap-cms-widget-image';
import listWidget from 'decap-cms-widget-list';
import markdownWidget from 'decap-cms-widget-markdown';
import numberWidget from 'decap-cms-widget-number';
import objectWidget from 'decap-cms-widget-object';
import relationWidget from 'decap-cms-widget-relation';
import selectWidget from 'decap-cms-widget-select';
import stringWidget from 'decap-cms-widget-string';
import textWidget from 'decap-cms-widget-text';
import { allowingConditionalEmpty } from './conditional.ts';
import { type LoginBrand, withBrandedLogin } from './login.ts';
import type { RegisteredBackend, RegisteredWidget } from './registered.ts';
import { DateControl, DatePreview } from './widgets/date.ts';

type DecapWidgetPackage = { Widget: () => { name: string; controlComponent: never } };

const decapWidgets: Record<Exclude<RegisteredWidget, 'date'>, DecapWidgetPackage> = {
  string: stringWidget,
  text: textWidget,
  number: numberWidget,
  select: selectWidget,
  relation: relationWidget,
  list: listWidget,
  object: objectWidget,
  image: imageWidget,
  markdown: markdownWidget,
  boolean: booleanWidget,
};

type BackendClass = Parameters<typeof withBrandedLogin>[0];
const backends: Record<RegisteredBackend, BackendClass> = {
  github: GitHubBackend,
  gitlab: GitLabBackend,
  proxy: ProxyBackend,
};

export function registerExtensions(CMS: DecapCms, brand: LoginBrand) {
  for (const [name, backend] of Object.entries(backends)) CMS.registerBackend(name, withBrandedLogin(backend, brand));
  // Every control goes through the wrapper for fields a schema requires only in some cases (cms/conditional.ts).
  const widgets = Object.values(decapWidgets).map((widget) => widget.Widget());
  CMS.registerWidget(
    widgets.map((widget) => ({
      ...widget,
      controlComponent: allowingConditionalEmpty(widget.controlComponent),
    })) as never,
  );
  CMS.registerWidget('date', allowingConditionalEmpty(DateControl as never) as never, DatePreview as never);
}
