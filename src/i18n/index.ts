/**
 * Looks up interface words. Another language is one more dictionary with the same keys
 * (the `Dictionary` type makes a missing key a type error).
 */
import { type Dictionary, type PluralForms, es } from './es.ts';

export const locale = 'es-CO';
const dictionary: Dictionary = es;
const plurals = new Intl.PluralRules(locale);
const numbers = new Intl.NumberFormat(locale);

export type UiKey = keyof typeof es;

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? (typeof vars[name] === 'number' ? numbers.format(vars[name] as number) : String(vars[name])) : whole,
  );

/** `t('entry.publishedOn', { date })`, or with `n` for words with plural forms. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  const entry = dictionary[key];
  if (typeof entry === 'string') return fill(entry, vars);
  const n = typeof vars.n === 'number' ? vars.n : 0;
  const forms = entry as PluralForms;
  return fill(forms[plurals.select(n)] ?? forms.other, vars);
}
