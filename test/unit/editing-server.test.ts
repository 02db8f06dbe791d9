/**
 * The editing server (`npm run cms`'s backend) cannot be turned against the editor: requests
 * are sent to it as a hostile page or a hostile admin would, for every decap-server action that
 * takes a path or writes, and nothing outside the content and media folders is read, written or
 * deleted; requests from another Host (DNS rebinding) or Origin are refused. Runs on a
 * throw-away git repository holding a copy of the content, in git mode (the review workflow),
 * which uses every action. A control shows the same request shapes do reach decap-server's
 * files when the guard is not in front (so the refusals are the guard's doing).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditingBackend, startEditingBackend } from '../../src/cms-server/guard.ts';
import { repositoryIdentity } from '../../src/cms-server/identity.ts';
import { editingPolicy } from '../../src/cms-server/policy.ts';
import { freePort } from '../../scripts/cms-servers.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '../..');
let repo: string;
let backend: EditingBackend;
let port: number;
const SITE = 'http://127.0.0.1:4999';
const PRACTICE = 'content/practices/rendicion-de-cuentas-itinerante-quibdo.mdx';

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

/** A raw HTTP request, so Host can be set as a rebinding page would send it. */
function send(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: { error?: string } & Record<string, unknown> }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${port}`,
          origin: SITE,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, json: data ? JSON.parse(data) : {} }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const branch = 'main';
const commit = { commitMessage: 'x' };
const raw = '---\ntitle: x\n---\n';
const asset = (path: string) => ({
  path,
  content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64'),
  encoding: 'base64',
});
const persist = (path: string, extra: Record<string, unknown> = {}) => ({
  action: 'persistEntry',
  params: {
    branch,
    dataFiles: [{ slug: 'x', path, raw }],
    assets: [],
    options: { collectionName: 'practices', commitMessage: 'x', useWorkflow: false, status: 'draft' },
    ...extra,
  },
});

/** Each: a request naming something outside the folders the CMS may touch. */
const HOSTILE: [string, unknown][] = [
  ['persistEntry into src/pages', persist('src/pages/x.astro')],
  ['persistEntry climbing out', persist('content/practices/../../src/pages/x.mdx')],
  [
    'persistEntry into .git',
    {
      ...persist('.git/config'),
      params: {
        ...persist('.git/config').params,
        options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
      },
    },
  ],
  ['persistEntry with an absolute path', persist('/etc/passwd')],
  ['persistEntry of a type the collection does not use', persist('content/practices/x.astro')],
  ['persistEntry of a hidden file', persist('content/practices/.x.mdx')],
  ['persistEntry into a subfolder', persist('content/practices/sub/x.mdx')],
  ['persistEntry into another collection than it names', persist('content/offers/x.mdx')],
  [
    'persistEntry moving an entry out (newPath)',
    {
      action: 'persistEntry',
      params: {
        branch,
        dataFiles: [{ slug: 'x', path: PRACTICE, raw, newPath: 'src/x.mdx' }],
        assets: [],
        options: { collectionName: 'practices', commitMessage: 'x', useWorkflow: false, status: 'draft' },
      },
    },
  ],
  ['persistEntry with an asset outside media', persist('content/practices/x.mdx', { assets: [asset('package.json')] })],
  [
    'persistEntry with an asset of another type',
    persist('content/practices/x.mdx', { assets: [asset('content/media/x.html')] }),
  ],
  [
    'persistEntry with a branch-breaking slug',
    {
      action: 'persistEntry',
      params: {
        branch,
        dataFiles: [{ slug: '--orphan', path: 'content/practices/x.mdx', raw }],
        assets: [],
        options: { collectionName: 'practices', commitMessage: 'x', useWorkflow: true, status: 'draft' },
      },
    },
  ],
  [
    'persistEntry on another branch',
    { ...persist('content/practices/x.mdx'), params: { ...persist('content/practices/x.mdx').params, branch: 'otra' } },
  ],
  [
    'persistMedia into src/pages',
    { action: 'persistMedia', params: { branch, asset: asset('src/pages/x.astro'), options: commit } },
  ],
  [
    'persistMedia as a script',
    { action: 'persistMedia', params: { branch, asset: asset('content/media/x.js'), options: commit } },
  ],
  [
    'persistMedia into a git hook',
    { action: 'persistMedia', params: { branch, asset: asset('.git/hooks/pre-commit'), options: commit } },
  ],
  ['deleteFile of package.json', { action: 'deleteFile', params: { branch, path: 'package.json', options: commit } }],
  [
    'deleteFile climbing out',
    { action: 'deleteFile', params: { branch, path: 'content/media/../../README.md', options: commit } },
  ],
  [
    'deleteFiles with one path outside',
    {
      action: 'deleteFiles',
      params: {
        branch,
        paths: ['content/media/asamblea-rendicion-de-cuentas.svg', 'astro.config.mjs'],
        options: commit,
      },
    },
  ],
  ['getMedia of .git', { action: 'getMedia', params: { branch, mediaFolder: '.git' } }],
  ['getMedia of src', { action: 'getMedia', params: { branch, mediaFolder: 'src' } }],
  ['getMediaFile of .git/config', { action: 'getMediaFile', params: { branch, path: '.git/config' } }],
  [
    'getMediaFile climbing out',
    { action: 'getMediaFile', params: { branch, path: 'content/media/../../package.json' } },
  ],
  ['getEntry of .git/config', { action: 'getEntry', params: { branch, path: '.git/config' } }],
  [
    'entriesByFolder of .git',
    { action: 'entriesByFolder', params: { branch, folder: '.git', extension: '', depth: 1 } },
  ],
  [
    'entriesByFolder of src/pages',
    { action: 'entriesByFolder', params: { branch, folder: 'src/pages', extension: 'astro', depth: 1 } },
  ],
  [
    'entriesByFolder deep into content',
    { action: 'entriesByFolder', params: { branch, folder: 'content', extension: '', depth: 9 } },
  ],
  [
    'entriesByFolder of another type',
    { action: 'entriesByFolder', params: { branch, folder: 'content/practices', extension: 'ts', depth: 1 } },
  ],
  ['entriesByFiles of .env', { action: 'entriesByFiles', params: { branch, files: [{ path: '.env' }] } }],
  ['unpublishedEntry with a climbing id', { action: 'unpublishedEntry', params: { branch, id: 'practices/../../x' } }],
  [
    'unpublishedEntryDataFile of .git/config',
    {
      action: 'unpublishedEntryDataFile',
      params: { branch, collection: 'practices', slug: 'x', id: 'x', path: '.git/config' },
    },
  ],
  [
    'unpublishedEntryMediaFile of package.json',
    {
      action: 'unpublishedEntryMediaFile',
      params: { branch, collection: 'practices', slug: 'x', id: 'x', path: 'package.json' },
    },
  ],
  [
    'publishUnpublishedEntry of an option-like slug',
    { action: 'publishUnpublishedEntry', params: { branch, collection: 'practices', slug: '--help' } },
  ],
  [
    'publishUnpublishedEntry of an unknown collection',
    { action: 'publishUnpublishedEntry', params: { branch, collection: 'src', slug: 'x' } },
  ],
  [
    'deleteUnpublishedEntry with a climbing slug',
    { action: 'deleteUnpublishedEntry', params: { branch, collection: 'practices', slug: '../main' } },
  ],
  [
    'updateUnpublishedEntryStatus to an unknown status',
    {
      action: 'updateUnpublishedEntryStatus',
      params: { branch, collection: 'practices', slug: 'x', newStatus: 'x"; rm -rf' },
    },
  ],
  [
    'getDeployPreview of an unknown collection',
    { action: 'getDeployPreview', params: { branch, collection: '..', slug: 'x' } },
  ],
  [
    'an action decap-server does not have',
    { action: 'getNotes', params: { branch, collection: 'practices', slug: 'x' } },
  ],
];

/** Everything outside content/ as it is now, and .git's config: what must never change. */
function snapshot() {
  return {
    files: git('ls-files', '-z', '--others', '--cached', '--exclude-standard')
      .split('\0')
      .filter((f) => f && !f.startsWith('content/'))
      .sort(),
    config: readFileSync(join(repo, '.git/config'), 'utf8'),
    head: git('rev-parse', 'HEAD'),
    branches: git('branch', '--format=%(refname:short)'),
  };
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'rt-editing-'));
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  mkdirSync(join(repo, 'src/pages'), { recursive: true });
  writeFileSync(join(repo, 'src/pages/index.astro'), '<p>hola</p>\n');
  writeFileSync(join(repo, 'package.json'), '{}\n');
  writeFileSync(join(repo, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(repo, 'README.md'), '# x\n');
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'init');
  git('config', 'user.name', 'Editor');
  git('config', 'user.email', 'editor@example.org');
  port = await freePort();
  backend = await startEditingBackend({
    repositoryDir: repo,
    mode: 'git',
    policy: editingPolicy({ contentFolder: 'content', branch: 'main' }),
    port,
    siteOrigin: SITE,
  });
}, 60_000);

afterAll(async () => {
  await backend?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the policy is derived from the CMS configuration', () => {
  it('allows each collection folder with its own extension and the media folder with the image types', () => {
    const policy = editingPolicy({ contentFolder: 'content', branch: 'main' });
    for (const name of collectionNames) {
      const folder = policy.folders.get(`content/${collections[name].folder}`);
      expect(folder?.collection, name).toBe(name);
      expect(folder?.extensions).toEqual([collections[name].format === 'mdx' ? 'mdx' : 'yaml']);
    }
    expect(policy.folders.get('content/media')?.extensions).toEqual(
      expect.arrayContaining(['jpg', 'png', 'svg', 'webp']),
    );
    expect(policy.folders.size).toBe(collectionNames.length + 1);
  });
});

describe('the editing server refuses other hosts and origins', () => {
  it('answers the admin at its own address, with this repository named', async () => {
    const { status, json } = await send({ action: 'info' });
    expect(status).toBe(200);
    expect(json.repository).toBe(repositoryIdentity(repo));
    expect(json.publish_modes).toContain('editorial_workflow');
  });

  it.each([
    ['a page on another site', { origin: 'https://evil.example' }],
    [
      'a DNS-rebinding page (its own name as Host and Origin)',
      { host: `evil.example:${'PORT'}`, origin: `http://evil.example:${'PORT'}` },
    ],
    ['another local site', { origin: 'http://127.0.0.1:1234' }],
    ['a request with no Origin', { origin: '' }],
    ['the right origin through another host name', { host: `localhost:${'PORT'}` }],
  ])('refuses %s', async (_, headers) => {
    const filled = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(port))]));
    const before = snapshot();
    const { status, json } = await send(persist('content/practices/desde-otro-origen.mdx'), filled);
    expect(status).toBe(403);
    expect(json.error).toMatch(/Petición rechazada/);
    expect(existsSync(join(repo, 'content/practices/desde-otro-origen.mdx'))).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('answers a preflight only for the admin', async () => {
    const preflight = (origin: string) =>
      fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const ours = await preflight(SITE);
    expect(ours.status).toBe(204);
    expect(ours.headers.get('access-control-allow-origin')).toBe(SITE);
    const theirs = await preflight('https://evil.example');
    expect(theirs.status).toBe(403);
    expect(theirs.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the editing server refuses every path outside the content and media folders', () => {
  it.each(HOSTILE)('refuses %s', async (_, body) => {
    const before = snapshot();
    const { status, json } = await send(body);
    expect([403, 422]).toContain(status);
    expect(json.error).toMatch(/servidor de edición|no es válido/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a path that leads out of its folder through a link', async () => {
    symlinkSync('../../src/pages/index.astro', join(repo, 'content/practices/enlace.mdx'));
    try {
      const { status } = await send(persist('content/practices/enlace.mdx'));
      expect(status).toBe(403);
      expect(readFileSync(join(repo, 'src/pages/index.astro'), 'utf8')).toBe('<p>hola</p>\n');
      const read = await send({ action: 'getEntry', params: { branch, path: 'content/practices/enlace.mdx' } });
      expect(read.status).toBe(403);
    } finally {
      rmSync(join(repo, 'content/practices/enlace.mdx'));
    }
  });
});

describe('the review workflow through the editing server (git mode)', () => {
  const slug = 'prueba-de-flujo';
  const path = `content/practices/${slug}.mdx`;
  const text = readFileSync(join(root, PRACTICE), 'utf8').replace(/^title: .*$/m, 'title: Prueba de flujo');
  const save = () =>
    send({
      action: 'persistEntry',
      params: {
        branch,
        dataFiles: [{ slug, path, raw: text }],
        assets: [],
        options: { collectionName: 'practices', commitMessage: 'Nueva práctica', useWorkflow: true, status: 'draft' },
      },
    });

  it('keeps a draft on its own branch, off main, until it is published by merging', async () => {
    expect((await save()).status).toBe(200);
    expect(git('branch', '--list', `cms/practices/${slug}`)).toContain(`cms/practices/${slug}`);
    expect(git('ls-tree', '--name-only', 'main', 'content/practices/')).not.toContain(path);
    expect(existsSync(join(repo, path))).toBe(false);
    for (const newStatus of ['pending_review', 'pending_publish']) {
      expect(
        (
          await send({
            action: 'updateUnpublishedEntryStatus',
            params: { branch, collection: 'practices', slug, newStatus },
          })
        ).status,
      ).toBe(200);
    }
    expect(
      (await send({ action: 'publishUnpublishedEntry', params: { branch, collection: 'practices', slug } })).status,
    ).toBe(200);
    expect(git('ls-tree', '--name-only', 'main', 'content/practices/')).toContain(path);
    expect(readFileSync(join(repo, path), 'utf8')).toBe(text);
    expect(git('branch', '--list', 'cms/*')).toBe('');
  });

  it('saves nothing while the work tree has changes of its own, and leaves them where they are', async () => {
    writeFileSync(join(repo, 'src/pages/a-medio-hacer.astro'), '<p>sin confirmar</p>\n');
    writeFileSync(join(repo, 'README.md'), '# cambiado a mano\n');
    try {
      const head = git('rev-parse', 'HEAD');
      const { status, json } = await send({
        action: 'persistEntry',
        params: {
          branch,
          dataFiles: [{ slug: 'otra', path: 'content/practices/otra.mdx', raw: text }],
          assets: [],
          options: { collectionName: 'practices', commitMessage: 'x', useWorkflow: true, status: 'draft' },
        },
      });
      expect(status).toBe(409);
      expect(json.error).toMatch(/cambios sin confirmar/);
      expect(json.error).toContain('README.md');
      expect(git('rev-parse', 'HEAD')).toBe(head);
      expect(git('branch', '--list', 'cms/*')).toBe('');
      expect(readFileSync(join(repo, 'src/pages/a-medio-hacer.astro'), 'utf8')).toBe('<p>sin confirmar</p>\n');
      expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('# cambiado a mano\n');
    } finally {
      rmSync(join(repo, 'src/pages/a-medio-hacer.astro'));
      git('checkout', '--', 'README.md');
    }
  });
});

describe('without the guard (control)', () => {
  it('decap-server itself writes outside content/ when asked: the refusals above are the guard’s', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'rt-editing-raw-'));
    const controlPort = await freePort();
    // A policy whose only folder is the repository's src/pages: what decap-server alone allows.
    const open = editingPolicy({ contentFolder: 'content', branch: 'main' });
    (open.folders as Map<string, unknown>).set('src/pages', {
      folder: 'src/pages',
      extensions: ['astro'],
      kind: 'media',
    });
    const control = await startEditingBackend({
      repositoryDir: plain,
      mode: 'fs',
      policy: open,
      port: controlPort,
      siteOrigin: SITE,
    });
    try {
      const saved = port;
      port = controlPort;
      const { status } = await send({
        action: 'persistMedia',
        params: { branch, asset: asset('src/pages/x.astro'), options: commit },
      });
      port = saved;
      expect(status).toBe(200);
      expect(existsSync(join(plain, 'src/pages/x.astro'))).toBe(true);
    } finally {
      await control.stop();
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('a validator before writing', () => {
  it('has the last say on persistEntry: its refusal is answered and nothing is written', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'rt-editing-validate-'));
    const validatedPort = await freePort();
    const seen: string[] = [];
    const validated = await startEditingBackend({
      repositoryDir: plain,
      mode: 'fs',
      policy: editingPolicy({ contentFolder: 'content', branch: 'main' }),
      port: validatedPort,
      siteOrigin: SITE,
      validateWrite: ({ action }) => {
        seen.push(action);
        return { status: 422, error: 'Título: falta este campo obligatorio.' };
      },
    });
    const saved = port;
    try {
      port = validatedPort;
      const { status, json } = await send(persist('content/practices/sin-titulo.mdx'));
      expect(status).toBe(422);
      expect(json.error).toBe('Título: falta este campo obligatorio.');
      expect(seen).toEqual(['persistEntry']);
      expect(existsSync(join(plain, 'content/practices/sin-titulo.mdx'))).toBe(false);
    } finally {
      port = saved;
      await validated.stop();
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
