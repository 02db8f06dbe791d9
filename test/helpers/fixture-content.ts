/**
 * The content tree the browser and task suites are written against: `test/fixtures/site/content`,
 * the tests' own frozen copy, so editors may change the demo content in `content/` without
 * breaking a test. The e2e global setup builds the site from it (CONTENT_DIR), the task tests
 * derive what a reader should find from it, and the CMS tests edit temporary copies of it.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');

/** The fixture's content folder (named `content`, as the CMS and the check expect). */
export const fixtureContentDir = join(projectRoot, 'test/fixtures/site/content');

/** The fixture's content folder relative to the project root, as git and `filePath` name it. */
export const fixtureContentPath = 'test/fixtures/site/content';

/** Copies the fixture tree to `target` (a `…/content` folder), for a test that writes to it. */
export function copyFixtureContent(target: string): string {
  cpSync(fixtureContentDir, target, { recursive: true });
  return target;
}
