/**
 * Checks over the whole content tree that go beyond one entry. Each rule sees every entry
 * (as written and, when valid, as parsed) and returns the problems it finds; `npm run check`
 * and the build run them all, after each entry's own verdict (entry.ts).
 */
import type { ContentRule } from './content-rule.ts';
import { nearDuplicateRule } from './near-duplicates.ts';

export type { ContentRule, RuleContext } from './content-rule.ts';

/**
 * Rules that need the whole tree register here (near-duplicates…). A rule about one entry
 * alone belongs in entry.ts instead, so the CMS gives its verdict before saving too.
 */
export const contentRules: ContentRule[] = [nearDuplicateRule];
