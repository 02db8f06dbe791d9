/**
 * Formación de formadores: the content check rejects audiovisual material without captions or
 * transcript, events that end before they start, and served files that are not in public/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/validate.ts';
import { formatReport } from '../../src/validation/report.ts';
import { mdxAllowlist } from '../../src/mdx/allowlist.ts';
import { baseTree, mutate, writeTree, type Tree } from '../helpers/fixture-tree.ts';

const MODULE = 'modules/formadores-rendicion-1.mdx';
const EVENT = 'events/jornada-quibdo.mdx';
const check = (tree: Tree) => checkContent(writeTree(tree));

const video = {
  title: 'Cómo convocar una jornada veredal',
  provider: 'youtube',
  videoId: 'a1B2c3D4e5F',
  poster: '/materiales/portada.svg',
  captions: '/materiales/subtitulos.vtt',
};
const podcast = {
  title: 'Cuña radial',
  src: '/materiales/cuna.mp3',
  transcript: 'La Alcaldía invita a la rendición de cuentas veredal del sábado.',
};

/** A tree whose served files exist, so only the mutation under test can fail. */
function checkWithFiles(tree: Tree) {
  const root = writeTree(tree);
  mkdirSync(join(root, 'public/materiales'), { recursive: true });
  for (const f of ['portada.svg', 'subtitulos.vtt', 'cuna.mp3']) writeFileSync(join(root, 'public/materiales', f), 'x');
  return checkContent(root);
}

describe('videos and podcasts in a module', () => {
  it('accepts a video with captions and a podcast with transcript', () => {
    const { problems } = checkWithFiles(mutate(MODULE, (d) => ((d.videos = [video]), (d.podcasts = [podcast]))));
    expect(problems, formatReport(problems, 0)).toEqual([]);
  });

  it('rejects a video without captions or transcript, naming the file and the field', () => {
    const { captions: _, ...bare } = video;
    const { problems } = checkWithFiles(mutate(MODULE, (d) => (d.videos = [bare])));
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'InvalidField',
        file: `content/${MODULE}`,
        field: 'videos[0].captions',
        fieldLabel: 'Videos › n.º 1 › Subtítulos (WebVTT)',
      }),
    );
    expect(problems.find((p) => p.field === 'videos[0].captions')!.message).toMatch(/subtítulos .* o transcripción/);
  });

  it('accepts a video with a transcript instead of captions', () => {
    const { captions: _, ...bare } = video;
    const { problems } = checkWithFiles(
      mutate(
        MODULE,
        (d) => (d.videos = [{ ...bare, transcript: 'Todo lo que se dice en el video, escrito para leerlo.' }]),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('rejects a podcast without transcript, naming the file and the field', () => {
    const { transcript: _, ...bare } = podcast;
    const { problems } = checkWithFiles(mutate(MODULE, (d) => (d.podcasts = [bare])));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `content/${MODULE}`,
        field: 'podcasts[0].transcript',
        message: 'Falta este campo obligatorio.',
      }),
    );
  });

  it('rejects a YouTube video without its identifier and a full address pasted as one', () => {
    const { problems } = checkWithFiles(
      mutate(
        MODULE,
        (d) =>
          (d.videos = [
            { ...video, videoId: undefined },
            { ...video, videoId: 'https://youtu.be/a1B2c3D4e5F' },
          ]),
      ),
    );
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['videos[0].videoId', 'videos[1].videoId']));
  });

  it('the MDX components validate their props with the same schemas', () => {
    const { captions: _, ...bare } = video;
    const result = mdxAllowlist.Video.props.safeParse(bare);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['captions']);
    expect(mdxAllowlist.Podcast.props.safeParse({ title: 'Cuña', src: '/materiales/cuna.mp3' }).success).toBe(false);
    expect(mdxAllowlist.Podcast.props.safeParse(podcast).success).toBe(true);
  });

  it('rejects a <Podcast> without transcript in an MDX body, with file and line', () => {
    const tree = baseTree();
    tree[MODULE]!.body = 'Escuche la cuña.\n\n<Podcast title="Cuña radial" src="/materiales/cuna.mp3" />\n';
    const { problems } = check(tree);
    const problem = problems.find((p) => p.code === 'UnsafeMdx');
    expect(problem, formatReport(problems, 0)).toMatchObject({ file: `content/${MODULE}`, field: 'body' });
    expect(problem!.line).toBeGreaterThan(1);
    expect(problem!.message).toMatch(/Podcast/);
  });
});

describe('served files', () => {
  it('reports a material, poster or caption file missing from public/, with its field and line', () => {
    const { problems } = check(
      mutate(MODULE, (d) => (d.materials = [{ title: 'Guía', href: '/materiales/no-esta.pdf', format: 'pdf' }])),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'MissingServedFile',
      file: `content/${MODULE}`,
      field: 'materials[0].href',
      fieldLabel: 'Materiales › n.º 1 › Archivo o enlace',
    });
    expect(problems[0]!.line).toBeGreaterThan(1);
  });
});

describe('module order', () => {
  it('rejects a module numbered out of order, naming the file and the field', () => {
    const tree = baseTree();
    tree['modules/formadores-rendicion-1.mdx']!.data.order = 2;
    const { problems } = check(tree);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'ModuleOrder', file: `content/${MODULE}`, field: 'order' }),
    );
  });
});

describe('training events', () => {
  it('rejects an event that ends before it starts, on the end field', () => {
    const { problems } = check(mutate(EVENT, (d) => ((d.starts = '2026-12-03 14:00'), (d.ends = '2026-12-03 09:00'))));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'InvalidField',
        file: `content/${EVENT}`,
        field: 'ends',
        fieldLabel: 'Fecha y hora de fin',
      }),
    ]);
    expect(problems[0]!.message).toMatch(/termina antes de empezar/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a time written another way, and a day that does not exist', () => {
    const { problems } = check(mutate(EVENT, (d) => ((d.starts = '3/12/2026 8am'), (d.ends = '2026-02-30 10:00'))));
    expect(problems.map((p) => p.field).sort()).toEqual(['ends', 'starts']);
    expect(problems.find((p) => p.field === 'starts')!.message).toContain('2026-12-03 08:30');
  });

  it('needs a place or a virtual link', () => {
    const { problems } = check(mutate(EVENT, (d) => delete d.place));
    expect(problems).toEqual([expect.objectContaining({ file: `content/${EVENT}`, field: 'place' })]);
  });

  it('rejects a course or organiser that does not exist', () => {
    const { problems } = check(mutate(EVENT, (d) => ((d.course = 'no-existe'), (d.organiser = 'nadie'))));
    expect(problems.map((p) => [p.code, p.field])).toEqual(
      expect.arrayContaining([
        ['DanglingReference', 'course'],
        ['DanglingReference', 'organiser'],
      ]),
    );
  });
});
