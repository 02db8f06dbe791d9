/**
 * Each allowlisted MDX component as a Decap editor component, so the rich-text editor keeps
 * `<Recuadro>` and `<Cifra />` as blocks with their own fields instead of escaping them into
 * text (Decap issues #1776, #7158). Pure: the fields come from the props schemas (through the
 * generated config) and `toBlock(fromBlock(text))` gives back the text it read.
 */
import type { AllowedComponentName } from '../src/mdx/allowlist.ts';

export interface ComponentSpec {
  name: AllowedComponentName;
  /** Attribute names in the order the props schema declares them. */
  attributes: string[];
  /** Name of the field holding the Markdown inside, for components that wrap content. */
  childrenField?: string;
}

type Values = Record<string, string | undefined>;

const ATTRIBUTE = /([A-Za-z][\w-]*)="([^"]*)"/g;
const decode = (v: string) => v.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const encode = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function patternOf(spec: ComponentSpec): RegExp {
  return spec.childrenField
    ? new RegExp(`^<${spec.name}((?:\\s+[A-Za-z][\\w-]*="[^"]*")*)\\s*>\\n([\\s\\S]*?)\\n</${spec.name}>`)
    : new RegExp(`^<${spec.name}((?:\\s+[A-Za-z][\\w-]*="[^"]*")*)\\s*/>`);
}

export function fromBlock(spec: ComponentSpec, match: RegExpMatchArray): Values {
  const values: Values = {};
  for (const [, key, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) values[key!] = decode(value!);
  if (spec.childrenField) values[spec.childrenField] = match[2] ?? '';
  return values;
}

export function toBlock(spec: ComponentSpec, values: Values): string {
  const attributes = spec.attributes
    .filter((key) => values[key] !== undefined && values[key] !== null && values[key] !== '')
    .map((key) => ` ${key}="${encode(String(values[key]))}"`)
    .join('');
  if (!spec.childrenField) return `<${spec.name}${attributes} />`;
  return `<${spec.name}${attributes}>\n${values[spec.childrenField] ?? ''}\n</${spec.name}>`;
}
