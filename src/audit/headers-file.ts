/**
 * The `_headers` file format of Cloudflare Pages and Netlify: a path pattern on its own line,
 * then indented `Name: value` lines; `! Name` (Cloudflare) removes a header set by an earlier,
 * broader rule. Written by the build, read by the test server so tests see what a host serves.
 */
import { buildError, HeadersLineBeforePath, HeadersLineMalformed } from '../core/errors/index.ts';

export interface HeaderRule {
  /** `/*`, `/admin/*`, `/practicas/:id/` … */
  path: string;
  headers: [name: string, value: string][];
  /** Headers from earlier matching rules that this rule removes. */
  detach?: string[];
  /** Why this rule exists, written above it as a comment. */
  comment?: string;
}

export function formatHeadersFile(rules: HeaderRule[], firstLine: string): string {
  const blocks = rules.map((rule) => {
    const lines = [...(rule.comment ? [`# ${rule.comment}`] : []), rule.path];
    for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
    return lines.join('\n');
  });
  return `# ${firstLine}\n${blocks.join('\n\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw buildError(HeadersLineBeforePath, line);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.detach!.push(body.slice(1).trim());
      continue;
    }
    const colon = body.indexOf(':');
    if (colon < 1) throw buildError(HeadersLineMalformed, line);
    rule.headers.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `_headers` path patterns: `*` matches anything, `:name` one path segment. */
export function pathMatches(pattern: string, pathname: string): boolean {
  if (!pattern.startsWith('/')) return false;
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * Headers for a request path, applying every matching rule in order. A header set twice is
 * joined with a comma, as Cloudflare Pages does; for CSP that would enforce both policies,
 * which is why narrower rules detach the broad one first.
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const name of rule.detach ?? []) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return Object.fromEntries(out);
}
