/**
 * Bundles the CMS admin app (cms/admin.ts: Decap CMS, React, the Spanish locale, our formats
 * and previews, the site stylesheet inlined for previews) into public/admin/cms/ with Vite,
 * always in a process of its own (`npm run build:cms`, or spawned by the cms-bundle
 * integration) so `astro build` never holds Decap in memory. See cms-bundle.ts for the record
 * it leaves. Run directly: `[--root DIR] [--if-stale] [--watch]`.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import { originsOfBundle } from '../audit/chunk-origins.ts';
import {
  CMS_PUBLIC_PATH,
  type CmsBundleRecord,
  cmsBundleState,
  cmsOutDir,
  cmsRecordFile,
  fileHash,
} from './cms-bundle.ts';

export interface BuildCmsOptions {
  root: string;
  watch?: boolean;
  quiet?: boolean;
}

/** Rendered bytes of a chunk by npm package (`(portal)` for this repository's code), heaviest first. */
function packagesOf(chunk: Rollup.OutputChunk): Record<string, number> {
  const bytes: Record<string, number> = {};
  for (const [id, module] of Object.entries(chunk.modules)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? (id.startsWith('\0') ? '(bundler)' : '(portal)');
    bytes[name] = (bytes[name] ?? 0) + module.renderedLength;
  }
  return Object.fromEntries(Object.entries(bytes).sort((a, b) => b[1] - a[1]));
}

/** Writes the record once the files are on disk (a half-written bundle is never "fresh"). */
function recordBundle(root: string): Plugin {
  let record: CmsBundleRecord | undefined;
  return {
    name: 'red-territorial:cms-bundle-record',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry)!;
      const inputs: Record<string, string> = {};
      for (const id of this.getModuleIds()) {
        const path = id.split('?')[0]!;
        // Our own sources only: npm packages change through package-lock.json, recorded below.
        if (!isAbsolute(path) || path.includes('/node_modules/')) continue;
        inputs[relative(root, path)] = fileHash(path);
      }
      // Copies of the project (benchmarks) may have no lock file; their bundle is fresh against what they have.
      if (existsSync(join(root, 'package-lock.json')))
        inputs['package-lock.json'] = fileHash(join(root, 'package-lock.json'));
      record = {
        entry: `${CMS_PUBLIC_PATH}${entry.fileName}`,
        origins: originsOfBundle(bundle as never, CMS_PUBLIC_PATH),
        inputs,
        packages: packagesOf(entry),
      };
    },
    writeBundle() {
      if (!record) return;
      mkdirSync(dirname(cmsRecordFile(root)), { recursive: true });
      writeFileSync(cmsRecordFile(root), `${JSON.stringify(record, null, 1)}\n`);
    },
  };
}

export async function buildCms({ root, watch = false, quiet = false }: BuildCmsOptions) {
  // A stale record must not vouch for a bundle being rewritten. In watch mode the bundle on disk
  // is current when the watcher starts (npm run cms builds it first), and /admin keeps working.
  if (!watch) rmSync(cmsRecordFile(root), { force: true });
  // Vite minifies and drops development code by NODE_ENV, not by mode: a caller's NODE_ENV=test
  // (vitest's global setup runs npm run build) made a bundle 5.9 → 10.9 MB. This process is the bundler's alone.
  process.env.NODE_ENV = 'production';
  return build({
    configFile: false,
    root,
    base: CMS_PUBLIC_PATH,
    mode: 'production',
    publicDir: false,
    logLevel: quiet ? 'warn' : 'info',
    plugins: [recordBundle(root)],
    resolve: {
      // Code Decap's packages import but this admin never runs (each stub says why).
      alias: [
        { find: /^react-dom\/server$/, replacement: join(root, 'cms/stubs/react-dom-server.ts') },
        { find: /^react-markdown$/, replacement: join(root, 'cms/stubs/plain-hint.ts') },
        { find: /^remark-gfm$/, replacement: join(root, 'cms/stubs/remark-gfm.ts') },
        {
          find: /^(gray-matter|@iarna\/toml\/parse-string|tomlify-j0\.4)$/,
          replacement: join(root, 'cms/stubs/unused-formats.ts'),
        },
        {
          find: /^(apollo-client|apollo-cache-inmemory|apollo-link-http|apollo-link-context|graphql-tag)$/,
          replacement: join(root, 'cms/stubs/graphql.ts'),
        },
      ],
    },
    build: {
      outDir: cmsOutDir(root),
      emptyOutDir: true,
      // Editors use current browsers; one ES module graph, split where Decap loads lazily.
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // Decap and React are one ~3 MB entry (0.85 MB gzip); the warning would fire on every build.
      chunkSizeWarningLimit: 8192,
      rolldownOptions: {
        input: join(root, 'cms/admin.ts'),
        // Decap's dependencies use eval (the admin CSP allows it) and "use client" directives: not ours
        // to fix, not worth a screenful.
        onwarn(warning, handler) {
          if (
            (warning.code === 'EVAL' || warning.code === 'MODULE_LEVEL_DIRECTIVE') &&
            warning.id?.includes('/node_modules/')
          )
            return;
          handler(warning);
        },
        output: {
          entryFileNames: 'admin-[hash].js',
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: '[name]-[hash][extname]',
        },
      },
      watch: watch ? {} : null,
    },
  });
}

export async function buildCmsCli(args: string[]): Promise<void> {
  const at = args.indexOf('--root');
  const root = at >= 0 ? args[at + 1]! : fileURLToPath(new URL('../..', import.meta.url));
  if (args.includes('--if-stale') && cmsBundleState(root).fresh) {
    console.log(`CMS admin bundle is up to date (${relative(root, cmsOutDir(root))}).`);
  } else {
    await buildCms({ root, watch: args.includes('--watch'), quiet: args.includes('--quiet') });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCmsCli(process.argv.slice(2));
