/**
 * The layers of `src/` as rules a test enforces (`test/unit/architecture.test.ts`), so the
 * boundaries the code depends on are kept by a failing test instead of by comments: features
 * are used through their entry points, `core/` stands below every feature, only loaders read
 * content, components receive data, `render/` stays free of build-side code (the CMS preview
 * bundles it for the browser), CLI entry points never reach Astro's content layer, and no
 * modules import each other in a loop.
 *
 * Which imports count: the rules about what runs — who reads content, what a component or a
 * CLI pulls in at run time, what the browser bundle holds (c, d, e, f) — follow value imports
 * only, because `import type` is erased by the compiler: it neither reads content nor lands in a
 * bundle, and it is how a component names the page model its loader returns or a view names a
 * schema's inferred type. The rules about how the code is organised — entry points, the core
 * below the features, cycles (a, b, g) — count `import type` too: a type import still ties one
 * module's API to another's file, and a loop through types still means neither module can be
 * read, moved or tested without the other.
 */
import { builtinModules } from 'node:module';
import type { ImportEdge, ImportGraph } from './import-graph.ts';

export const RULES = {
  'feature-entry-points':
    'Outside a feature, a feature is imported only through features/<f>/index.ts, features/<f>/node.ts or features/<f>/components/*.astro.',
  'core-below-features': 'src/core/ imports no feature and nothing from src/ui/.',
  'only-loaders-read-content':
    "Only src/core/content.ts, src/content.config.ts and the features' load-*.ts files import astro:content; only loaders (and src/core/) import src/core/content.ts.",
  'components-receive-data':
    'No component in src/ui/ or src/features/*/components/ reaches src/core/content.ts, astro:content or a load-*.ts, directly or through other modules.',
  'render-is-browser-neutral':
    'src/render/ imports only src/render/, src/i18n/ and npm packages that run in a browser: no schemas, no core, no zod, no node: modules.',
  'node-entry-without-astro':
    "A feature's node.ts entry point never reaches astro:content, directly or through other modules.",
  'no-import-cycles': 'No modules import each other in a loop.',
} as const;

export type RuleName = keyof typeof RULES;

export interface Violation {
  rule: RuleName;
  /** The importing file, repository-relative. */
  file: string;
  /** The specifier as written in that file. */
  import: string;
  line: number;
  /** What is wrong and what to do, for the developer who reads the failing test. */
  message: string;
}

const CONTENT_MODULE = 'src/core/content.ts';
const ASTRO_CONTENT = 'astro:content';

const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];
const isFeatureEntry = (path: string) =>
  /^src\/features\/[^/]+\/(index\.ts|node\.ts|components\/[^/]+\.astro)$/.test(path);
export const isLoader = (path: string) => /^src\/features\/[^/]+\/(?:.+\/)?load-[^/]+\.ts$/.test(path);
const isCore = (path: string) => path.startsWith('src/core/');
const isComponent = (path: string) => /^src\/(ui\/|features\/[^/]+\/components\/).*\.astro$/.test(path);
const isNodeEntry = (path: string) => /^src\/features\/[^/]+\/node\.ts$/.test(path);
const isNeutral = (path: string) => path.startsWith('src/render/') || path.startsWith('src/i18n/');

const NODE_BUILTINS = new Set(builtinModules);
/** Packages that exist for the build or for Node, and would break or bloat the browser bundle. */
const BUILD_ONLY_PACKAGES = new Set(['zod', 'astro', 'vite', 'typescript']);

/** Why a bare specifier cannot run in the browser bundle, or undefined when it can. */
function buildOnlyPackage(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? ''))
    return 'a Node built-in module';
  if (specifier.startsWith('astro:')) return 'an Astro virtual module';
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  return BUILD_ONLY_PACKAGES.has(name) ? `the build-side package ${name}` : undefined;
}

function violation(rule: RuleName, edge: ImportEdge, message: string): Violation {
  return { rule, file: edge.from, import: edge.specifier, line: edge.line, message };
}

/** Value imports by importing file: what runs when the file runs. */
function valueEdgesByFile(graph: ImportGraph): Map<string, ImportEdge[]> {
  const byFile = new Map<string, ImportEdge[]>();
  for (const edge of graph.edges) {
    if (edge.typeOnly) continue;
    const list = byFile.get(edge.from) ?? [];
    list.push(edge);
    byFile.set(edge.from, list);
  }
  return byFile;
}

/**
 * The shortest chain of value imports from `start` to a module `isTarget` accepts, or
 * undefined. Breadth-first, so the chain a message shows is the shortest one.
 */
function chainTo(
  byFile: Map<string, ImportEdge[]>,
  start: string,
  isTarget: (to: string) => boolean,
): ImportEdge[] | undefined {
  const cameFrom = new Map<string, ImportEdge | undefined>([[start, undefined]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] ?? '';
    for (const edge of byFile.get(file) ?? []) {
      if (cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, edge);
      if (isTarget(edge.to)) {
        const chain: ImportEdge[] = [];
        for (let e: ImportEdge | undefined = edge; e; e = cameFrom.get(e.from)) chain.unshift(e);
        return chain;
      }
      queue.push(edge.to);
    }
  }
  return undefined;
}

const showChain = (chain: ImportEdge[]) => [chain[0]?.from, ...chain.map((e) => e.to)].join(' → ');

/** a. Outside a feature, only its entry points. */
export function featureEntryPoints(graph: ImportGraph): Violation[] {
  return graph.edges.flatMap((edge) => {
    const feature = featureOf(edge.to);
    if (!feature || featureOf(edge.from) === feature || isFeatureEntry(edge.to)) return [];
    return [
      violation(
        'feature-entry-points',
        edge,
        `${edge.from} imports ${edge.to}, a file inside the ${feature} feature. From outside a feature, import ` +
          `src/features/${feature}/index.ts (logic and loaders), node.ts (for CLIs and integrations) or one of its ` +
          `components/*.astro; export what you need from the entry point.`,
      ),
    ];
  });
}

/** b. The core imports no feature and no ui. */
export function coreBelowFeatures(graph: ImportGraph): Violation[] {
  return graph.edges.flatMap((edge) => {
    if (!isCore(edge.from)) return [];
    const layer = featureOf(edge.to)
      ? `the ${featureOf(edge.to)} feature`
      : edge.to.startsWith('src/ui/')
        ? 'src/ui/'
        : undefined;
    if (!layer) return [];
    return [
      violation(
        'core-below-features',
        edge,
        `${edge.from} imports ${edge.to} from ${layer}, but every feature builds on src/core/, so core must not ` +
          `depend on one. Move the shared piece into src/core/, or move the importing code into the feature.`,
      ),
    ];
  });
}

/** c. Only the content module, the content config and loaders import `astro:content`; only loaders and core import the content module. */
export function onlyLoadersReadContent(graph: ImportGraph): Violation[] {
  return graph.edges.flatMap((edge) => {
    if (edge.typeOnly) return [];
    if (edge.to === ASTRO_CONTENT) {
      // content.config.ts is where Astro requires `defineCollection` and `reference` to be imported from.
      if (edge.from === CONTENT_MODULE || edge.from === 'src/content.config.ts' || isLoader(edge.from)) return [];
      return [
        violation(
          'only-loaders-read-content',
          edge,
          `${edge.from} imports astro:content. Only src/core/content.ts and a feature's load-*.ts loaders read the ` +
            `content layer: move the query into a loader that returns a typed page model, and pass the data in. ` +
            `(A type is fine: \`import type\` is erased.)`,
        ),
      ];
    }
    if (edge.to === CONTENT_MODULE && !isLoader(edge.from) && !isCore(edge.from)) {
      return [
        violation(
          'only-loaders-read-content',
          edge,
          `${edge.from} imports src/core/content.ts, which reads the content layer. Only a feature's load-*.ts ` +
            `loaders call it: read the content in the loader and give this module the data as arguments.`,
        ),
      ];
    }
    return [];
  });
}

/** d. Components receive data: none reaches the content layer or a loader. */
export function componentsReceiveData(graph: ImportGraph): Violation[] {
  const byFile = valueEdgesByFile(graph);
  const readsContent = (to: string) => to === ASTRO_CONTENT || to === CONTENT_MODULE || isLoader(to);
  return graph.files.filter(isComponent).flatMap((file) => {
    const chain = chainTo(byFile, file, readsContent);
    const first = chain?.[0];
    if (!chain || !first) return [];
    return [
      violation(
        'components-receive-data',
        first,
        `${file} reaches ${chain.at(-1)?.to} (${showChain(chain)}). Components receive data: let the route's ` +
          `loader read the content and pass the result in as props. (To name the loader's page model type, ` +
          `write \`import type\`: it is erased, while \`import { type X }\` still loads the module.)`,
      ),
    ];
  });
}

/** e. `render/` (and the `i18n/` it uses) imports nothing from the build side. */
export function renderIsBrowserNeutral(graph: ImportGraph): Violation[] {
  const byFile = valueEdgesByFile(graph);
  const found: Violation[] = [];
  const seen = new Set<string>();
  const queue = graph.files.filter((f) => f.startsWith('src/render/'));
  for (const file of queue) seen.add(file);
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] ?? '';
    for (const edge of byFile.get(file) ?? []) {
      const local = edge.specifier.startsWith('.');
      const reason = local
        ? isNeutral(edge.to)
          ? undefined
          : 'build-side code outside src/render/ and src/i18n/'
        : buildOnlyPackage(edge.to);
      if (reason) {
        found.push(
          violation(
            'render-is-browser-neutral',
            edge,
            `${edge.from} imports ${edge.to} (${reason}), but the CMS preview bundles src/render/ for the browser. ` +
              `Move the piece both sides need into src/render/, or have the build side pass it in through the ` +
              `RenderContext. (A type is fine: \`import type\` is erased.)`,
          ),
        );
      } else if (local && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return found;
}

/** f. CLI entry points never reach Astro's content layer (it exists only inside an Astro build). */
export function nodeEntryWithoutAstro(graph: ImportGraph): Violation[] {
  const byFile = valueEdgesByFile(graph);
  return graph.files.filter(isNodeEntry).flatMap((file) => {
    const chain = chainTo(byFile, file, (to) => to === ASTRO_CONTENT);
    const first = chain?.[0];
    if (!chain || !first) return [];
    return [
      violation(
        'node-entry-without-astro',
        first,
        `${file} reaches astro:content (${showChain(chain)}), which exists only inside an Astro build, so the ` +
          `CLIs and integrations importing this entry point would fail. Keep node.ts to modules that take data as arguments.`,
      ),
    ];
  });
}

/** Strongly connected components of the repository files (Tarjan), largest loops first. */
function loops(files: string[], next: Map<string, ImportEdge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const { to: w } of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (next.get(v) ?? []).some((e) => e.to === v);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return components;
}

/** The shortest path of edges from `start` to `goal` inside one loop. */
function shortestPath(
  next: Map<string, ImportEdge[]>,
  members: Set<string>,
  start: string,
  goal: string,
): ImportEdge[] {
  if (start === goal) return [];
  const cameFrom = new Map<string, ImportEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of next.get(queue[i] ?? '') ?? []) {
      if (!members.has(edge.to) || edge.to === start || cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, edge);
      if (edge.to === goal) {
        const path: ImportEdge[] = [];
        for (let e: ImportEdge | undefined = edge; e; e = cameFrom.get(e.from)) path.unshift(e);
        return path;
      }
      queue.push(edge.to);
    }
  }
  return [];
}

/**
 * g. No cycles. Each cycle is reported once, as a path starting at its alphabetically first
 * module: every import that lies on a loop is shown in at least one reported cycle, so
 * breaking every reported cycle breaks every loop.
 */
export function noImportCycles(graph: ImportGraph): Violation[] {
  const known = new Set(graph.files);
  const next = new Map<string, ImportEdge[]>();
  for (const edge of graph.edges) {
    if (!known.has(edge.to)) continue;
    const list = next.get(edge.from) ?? [];
    if (!list.some((e) => e.to === edge.to)) list.push(edge);
    next.set(edge.from, list);
  }
  const found: Violation[] = [];
  const reported = new Set<string>();
  for (const component of loops(graph.files, next)) {
    const members = new Set(component);
    const covered = new Set<string>();
    for (const from of component) {
      for (const edge of next.get(from) ?? []) {
        if (!members.has(edge.to) || covered.has(`${edge.from}\n${edge.to}`)) continue;
        const cycle = [edge, ...shortestPath(next, members, edge.to, edge.from)];
        // Rotate so the cycle starts at its first module by name: the same loop found from
        // another edge then reads the same and is reported once.
        const names = cycle.map((e) => e.from);
        const first = names.indexOf([...names].sort()[0] ?? '');
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        for (const e of rotated) covered.add(`${e.from}\n${e.to}`);
        const key = rotated.map((e) => e.from).join('\n');
        if (reported.has(key)) continue;
        reported.add(key);
        const head = rotated[0] ?? edge;
        const typeNote = rotated.every((e) => e.typeOnly) ? ' (through type imports only)' : '';
        found.push(
          violation(
            'no-import-cycles',
            head,
            `Import cycle${typeNote}: ${showChain(rotated)}. Move what these modules share into a module they ` +
              `both import, or pass it in as an argument.`,
          ),
        );
      }
    }
  }
  return found;
}

export const CHECKS: Record<RuleName, (graph: ImportGraph) => Violation[]> = {
  'feature-entry-points': featureEntryPoints,
  'core-below-features': coreBelowFeatures,
  'only-loaders-read-content': onlyLoadersReadContent,
  'components-receive-data': componentsReceiveData,
  'render-is-browser-neutral': renderIsBrowserNeutral,
  'node-entry-without-astro': nodeEntryWithoutAstro,
  'no-import-cycles': noImportCycles,
};

/** Every violation of every rule. */
export const checkArchitecture = (graph: ImportGraph): Violation[] =>
  Object.values(CHECKS).flatMap((check) => check(graph));

/** One line a developer can act on: where, which rule, what to do. */
export const formatViolation = (v: Violation) => `${v.file}:${v.line} [${v.rule}] ${v.message}`;
