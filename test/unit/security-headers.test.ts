import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/audit/built-site.ts';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/audit/headers-file.ts';
import {
  GENERATED_NOTICE,
  MAX_STYLE_ATTRIBUTE_HASHES,
  headerRules,
  inlineCode,
} from '../../src/audit/security-headers.ts';
import { page, writeSite } from '../helpers/fixture-site.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (csp: string, directive: string) => csp.split('; ').find((d) => d.startsWith(`${directive} `));

function headersOf(files: Record<string, string>) {
  const rules = parseHeadersFile(
    formatHeadersFile(headerRules(inlineCode(readBuiltSite(writeSite(files)))), GENERATED_NOTICE),
  );
  return (path: string) => headersFor(rules, path);
}

describe('the security headers', () => {
  const script = 'document.documentElement.classList.add("js")';
  const at = headersOf({
    'index.html': page({ body: `<script>${script}</script><script type="application/ld+json">{}</script>` }),
    'acerca/index.html': page({ body: '<p>Sin código</p>' }),
  });

  it('set the common headers on every path', () => {
    expect(at('/acerca/')).toMatchObject({
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-content-type-options': 'nosniff',
      'permissions-policy': expect.stringContaining('camera=()'),
    });
  });

  it('allow inline code only by the hash of what the build produced', () => {
    const csp = at('/')['content-security-policy']!;
    expect(policyOf(csp, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(script)}`);
    expect(policyOf(csp, 'style-src')).toBe(`style-src 'self' ${sha('body{margin:0}')}`);
    expect(policyOf(csp, 'style-src-attr')).toBe("style-src-attr 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('let pages frame only the video players <Video> can load, and only ours otherwise', () => {
    expect(policyOf(at('/')['content-security-policy']!, 'frame-src')).toBe(
      "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
    );
  });

  it('give /admin its own policy instead of adding a second one', () => {
    const csp = at('/admin/')['content-security-policy']!;
    expect(csp).not.toContain(', ');
    expect(policyOf(csp, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(at('/admin')['content-security-policy']).toBe(csp);
    expect(at('/administracion/')['content-security-policy']).not.toBe(csp);
  });

  it('hash style attributes, up to a limit', () => {
    const few = headersOf({ 'index.html': page({ body: '<span style="width:40%"></span>' }) })('/')[
      'content-security-policy'
    ]!;
    expect(policyOf(few, 'style-src-attr')).toBe(`style-src-attr 'unsafe-hashes' ${sha('width:40%')}`);
    const bars = Array.from(
      { length: MAX_STYLE_ATTRIBUTE_HASHES + 1 },
      (_, i) => `<span style="width:${i}%"></span>`,
    ).join('');
    const many = headersOf({ 'index.html': page({ body: bars }) })('/')['content-security-policy']!;
    expect(policyOf(many, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
  });

  it('list inline event handlers, which no hash can allow', () => {
    const code = inlineCode(
      readBuiltSite(writeSite({ 'index.html': page({ body: '<button onclick="go()">Ir</button>' }) })),
    );
    expect(code.eventHandlers).toEqual(['/: button[onclick]']);
  });
});

describe('the _headers file', () => {
  it('says it is generated on its first line and reads back what was written', () => {
    const rules = [
      { path: '/*', headers: [['X-A', '1']] as [string, string][] },
      { path: '/a/:id/', detach: ['X-A'], headers: [['X-A', '2']] as [string, string][] },
    ];
    const text = formatHeadersFile(rules, GENERATED_NOTICE);
    expect(text.split('\n')[0]).toBe(`# ${GENERATED_NOTICE}`);
    expect(parseHeadersFile(text)).toEqual(rules.map((r) => ({ detach: [], ...r })));
  });

  it('joins a header set twice, like Cloudflare Pages, unless the later rule detaches it', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/a/*\n  X-A: 2\n/b/*\n  ! X-A\n  X-A: 3\n');
    expect(headersFor(rules, '/a/x')).toEqual({ 'x-a': '1, 2' });
    expect(headersFor(rules, '/b/x')).toEqual({ 'x-a': '3' });
    expect(headersFor(rules, '/c')).toEqual({ 'x-a': '1' });
  });
});
