import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeContentModule, type FakeStore } from './support/fake-content.ts';

let store: FakeStore = {};
vi.mock('../../src/core/content.ts', () => fakeContentModule(() => store));

const { loadValidationContext } = await import('../../src/features/admin/index.ts');

describe('the validation context of the admin page', () => {
  beforeEach(() => {
    // The build reads the content layer; the dev server reads the disk.
    vi.stubEnv('PROD', true);
    store = {
      practices: [
        { id: 'publicada', data: { status: 'published' } },
        { id: 'en-borrador', data: { status: 'draft' } },
      ],
      themes: [{ id: 'salud', data: { name: 'Salud' } }],
    };
  });

  it('names every entry of the content layer, drafts included, sorted', async () => {
    const context = await loadValidationContext();
    // A practice may name a draft lesson; the check counts drafts as existing entries too.
    expect(context.ids.practices).toEqual(['en-borrador', 'publicada']);
    expect(context.ids.themes).toEqual(['salud']);
    expect(context.ids.offers).toEqual([]);
  });
});
