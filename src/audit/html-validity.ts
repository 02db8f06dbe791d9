/**
 * Markup validity of the built pages, checked with html-validate and its `standard` and
 * `a11y` presets. axe checks what a browser renders; this catches what it silently repairs
 * (duplicate ids, landmarks with the same name, attributes with invalid values, elements in
 * an order the content model forbids), which screen readers and printers then meet.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

/**
 * The gate's configuration. Every rule of both presets is on: a rule turned off here needs a
 * comment saying why the markup is right and the rule is not (prefer fixing the markup).
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {},
};

export interface MarkupProblem {
  /** Public path of the page (`/formacion/x/imprimir/`), or the name given to a string. */
  page: string;
  rule: string;
  line: number;
  column: number;
  message: string;
  /** The start of the offending markup, to recognise it without opening the file. */
  excerpt: string;
}

const validator = new HtmlValidate(htmlValidateConfig);

/** Every error html-validate finds in one page (warnings are not part of the presets' errors). */
export function validateMarkup(page: string, html: string): MarkupProblem[] {
  const report = validator.validateStringSync(html, `${page}.html`);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => ({
        page,
        rule: m.ruleId,
        line: m.line,
        column: m.column,
        message: m.message,
        excerpt: (m.selector ?? '').slice(0, 120),
      })),
  );
}

/** One line per problem, grouped by page: what a failing test prints. */
export function formatMarkupProblems(problems: MarkupProblem[]): string {
  if (problems.length === 0) return '';
  const pages = new Set(problems.map((p) => p.page));
  const lines = problems.map(
    (p) => `${p.page}:${p.line}:${p.column} [${p.rule}] ${p.message}${p.excerpt ? ` (${p.excerpt})` : ''}`,
  );
  return `html-validate: ${problems.length} error(s) on ${pages.size} page(s)\n${lines.join('\n')}`;
}
