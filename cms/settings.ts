/**
 * What the admin page embeds: the generated Decap config with the backend read from the
 * environment, and the editor components derived from the MDX allowlist. Runs at build time
 * (and in `astro dev`), never in the browser.
 *
 *   CMS_BACKEND            github | gitlab (default github)
 *   CMS_REPO               owner/name of the repository holding content/
 *   CMS_BRANCH             branch editors publish to (default main)
 *   CMS_BASE_URL           OAuth proxy for GitHub (Decap does not log anyone in itself)
 *   CMS_AUTH_ENDPOINT      path of that proxy's auth route, if not the default
 *   CMS_APP_ID             GitLab OAuth application id (PKCE login, no proxy needed)
 *   CMS_EDITORIAL_WORKFLOW "false" to publish directly instead of draft → review → ready
 *   CMS_LOCAL_BACKEND      URL of the local editing server (set by `npm run cms`, which also sets
 *                          CMS_BRANCH to the branch it publishes to and CMS_EDITORIAL_WORKFLOW
 *                          to its mode); the admin then checks that server serves this repository
 */
import { basename, dirname } from 'node:path';
import {
  type CmsBackend,
  type CmsCollection,
  CMS_FORMATS,
  cmsConfig,
  componentFields,
  fieldOrder,
} from '../src/derive/cms-config.ts';
import { decapPhrases } from '../src/derive/cms-locale.ts';
import { repositoryIdentity } from '../src/cms-server/identity.ts';
import { t } from '../src/i18n/index.ts';
import { contentDir } from '../src/core/content-dir.ts';
import { mdxAllowlist, type AllowedComponentName } from '../src/mdx/allowlist.ts';
import { readMeta } from '../src/schemas/meta.ts';
import { wordTable } from '../src/derive/site-words.ts';
import { PREVIEWED } from './previewed.ts';
import type { ComponentSpec } from './editor-components.ts';

type Env = Record<string, string | undefined>;

export function backendFromEnv(env: Env): CmsBackend {
  const name = env.CMS_BACKEND === 'gitlab' ? 'gitlab' : 'github';
  const backend: CmsBackend = {
    name,
    repo: env.CMS_REPO ?? 'red-territorial/portal',
    branch: env.CMS_BRANCH ?? 'main',
  };
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (name === 'gitlab' && env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    backend.auth_type = 'pkce';
  }
  return backend;
}

/** What the previews need besides the config: the schema's words, the allowlist, where term names are. */
export function previewSetup() {
  return {
    // The previewed collections, plus entities, whose contact words the pages borrow.
    words: wordTable([...PREVIEWED, 'entities']),
    components: Object.keys(mdxAllowlist),
    termsUrl: '/admin/terminos.json',
  };
}

export function componentSpecs() {
  return (Object.keys(mdxAllowlist) as AllowedComponentName[]).map((name) => {
    const { props, children } = mdxAllowlist[name];
    const fields = componentFields(name);
    const spec: ComponentSpec = {
      name,
      attributes: Object.keys(props.shape),
      ...(children ? { childrenField: fields.at(-1)!.name } : {}),
    };
    return { ...spec, label: readMeta(props).label ?? name, fields };
  });
}

export function adminSettings(root: string, env: Env = process.env) {
  // The backend sees paths relative to the repository: content/ normally, a copy in tests.
  const content = contentDir(root, env);
  const local = env.CMS_LOCAL_BACKEND;
  const config = cmsConfig({
    contentFolder: local ? basename(content) : 'content',
    backend: backendFromEnv(env),
    editorialWorkflow: env.CMS_EDITORIAL_WORKFLOW !== 'false',
    localBackend: local || false,
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}),
  });
  return {
    repositoryDir: local ? dirname(content) : root,
    config,
    components: componentSpecs(),
    formats: CMS_FORMATS,
    fieldOrders: (config.collections as CmsCollection[]).map((c) => fieldOrder(c.fields)),
    preview: previewSetup(),
    phrases: decapPhrases(),
    brand: { name: t('site.name'), intro: t('cms.login.intro'), logo: '/favicon.svg' },
    // The admin starts only if the editing server at that URL serves this repository (cms/local-backend.ts).
    ...(local
      ? {
          localBackend: {
            url: local,
            repository: repositoryIdentity(dirname(content)),
            messages: {
              other: t('cmsServer.backendOther', { url: local }),
              down: t('cmsServer.backendDown', { url: local }),
            },
          },
        }
      : {}),
  };
}
