/**
 * The CMS checks an entry in the browser against `/admin/validacion.json`, which the build
 * writes from its content layer; `npm run check` reads the same facts from the disk. Both must
 * name the same entries, drafts included, or the CMS would accept a reference the check refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedContext } from '../../src/validation/entry-context.ts';
import { distDir } from '../helpers/built-site.ts';
import { fixtureContentDir, projectRoot } from '../helpers/fixture-content.ts';

describe('the validation context the admin page publishes', () => {
  const built = JSON.parse(readFileSync(join(distDir, 'admin/validacion.json'), 'utf8'));
  const fromDisk = JSON.parse(JSON.stringify(publishedContext(projectRoot, fixtureContentDir)));

  it('names every entry the check reads, and no other', () => {
    expect(Object.keys(built.ids).sort()).toEqual(Object.keys(fromDisk.ids).sort());
    for (const name of Object.keys(fromDisk.ids)) expect(built.ids[name], name).toEqual(fromDisk.ids[name]);
    expect(built.ids.practices.length).toBeGreaterThan(1);
  });

  it('lists the same served files, institutional domains and targets of each SDG', () => {
    expect(built.served).toEqual(fromDisk.served);
    expect(built.allowlist).toEqual(fromDisk.allowlist);
    expect(built.sdgTargets).toEqual(fromDisk.sdgTargets);
    expect(built.sdgTargets['6']).toContain('6.1');
  });
});
