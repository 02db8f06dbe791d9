/**
 * One invalid entry on disk must not keep the editor from starting the tool that fixes it:
 * `npm run cms` starts, the live site leaves the entry out, and the admin page names the file
 * and the field in Spanish. The build still refuses the tree.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CmsServers, startCms } from '../../scripts/cms-servers.ts';
import { buildContentTree } from '../../scripts/build-content-tree.ts';
import { label } from '../../src/derive/labels.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const root = join(import.meta.dirname, '../..');
let temp: string;
let content: string;
let servers: CmsServers | undefined;
let broken: string;
let intact: string;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'rt-cms-invalid-'));
  content = join(temp, 'content');
  copyFixtureContent(content);
  const ids = readdirSync(join(content, 'practices'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  [broken, intact] = [ids[0]!, ids[1]!];
  const file = join(content, 'practices', `${broken}.mdx`);
  // A number where the title goes: the schema refuses it.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 5'));
  // And a taxonomy file that is not even YAML.
  writeFileSync(join(content, 'taxonomies/themes/roto.yaml'), 'name: [sin cerrar\n');
  servers = await startCms({ root, contentDir: content });
}, 240_000);

afterAll(async () => {
  await servers?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('npm run cms with an invalid entry on disk', () => {
  it('starts, and the live site leaves only that entry out', async () => {
    expect((await fetch(`${servers!.site}/practicas/${intact}/`)).status).toBe(200);
    expect((await fetch(`${servers!.site}/practicas/${broken}/`)).status).toBe(404);
  });

  it('names the file and the field on the admin page, in Spanish', async () => {
    const html = await (await fetch(`${servers!.site}/admin/`)).text();
    const notice = /<aside id="cms-skipped"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(notice).toContain(`practices/${broken}.mdx`);
    expect(notice).toContain(label('practices', 'title'));
    expect(notice).toContain('themes/roto.yaml');
    expect(notice).toMatch(/no se puede leer/);
  });

  it('shows that notice above the editor, which still starts', { timeout: 240_000 }, async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${servers!.site}/admin/`);
      await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor({ timeout: 180_000 });
      const notice = page.locator('#cms-skipped');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.textContent()).resolves.toContain(`${broken}.mdx`);
      const box = await notice.boundingBox();
      expect(box!.height).toBeGreaterThan(20);
    } finally {
      await browser.close();
    }
  });

  it('the build still refuses the tree', { timeout: 300_000 }, () => {
    expect(() => buildContentTree(root, content, join(temp, 'dist'), { NODE_ENV: 'production' })).toThrow();
  });
});
