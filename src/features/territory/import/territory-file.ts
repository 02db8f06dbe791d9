/**
 * Writes a territory term as the YAML files editors and the CMS write:
 * `code` and `department` always quoted (so «05» stays text), keys in a fixed order.
 */
import { stringify } from 'yaml';

const KEY_ORDER = ['code', 'name', 'kind', 'department', 'region'] as const;

/** Plain YAML when unambiguous, double quotes when a comma, colon or the like could confuse a reader. */
function scalar(key: string, value: string): string {
  if (key === 'code' || key === 'department') return JSON.stringify(value);
  const plainSafe = /^[\p{L}\p{N}][\p{L}\p{N} .()'-]*$/u.test(value) && !/^(true|false|null|yes|no|~)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

export function territoryYaml(data: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const key of KEY_ORDER) {
    const value = data[key];
    if (typeof value === 'string') lines.push(`${key}: ${scalar(key, value)}`);
  }
  // Keys the importer does not know (an editor's additions) are kept as they are.
  const extra = Object.fromEntries(Object.entries(data).filter(([k]) => !(KEY_ORDER as readonly string[]).includes(k)));
  const rest = Object.keys(extra).length ? stringify(extra) : '';
  return `${lines.join('\n')}\n${rest}`;
}
