/**
 * Fields a refinement requires in some cases carry `conditional` in their schema (so the CMS
 * does not call them «(opcional)», cms/conditional.ts). Which fields those are is found, not
 * listed: every entry of the content is parsed again without each of its fields in turn, and a
 * refinement that then complains about a field names a field that must be marked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitMdx } from '../../cms/format/preserve.ts';
import { type FieldInfo, describeObject } from '../../src/derive/fields.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';
import { nodeContext } from '../../src/schemas/node-context.ts';

const content = join(import.meta.dirname, '../../content');
type Data = Record<string, unknown>;

function entries(name: (typeof collectionNames)[number]): Data[] {
  const { folder, format } = collections[name];
  return readdirSync(join(content, folder))
    .filter((file) => file.endsWith(format === 'mdx' ? '.mdx' : '.yaml'))
    .map((file) => {
      const text = readFileSync(join(content, folder, file), 'utf8');
      return parse(format === 'mdx' ? (splitMdx(text).yaml ?? '') : text) as Data;
    });
}

/** The data without one field: every top-level key, and every key of a nested object. */
function withoutEachField(data: Data): Data[] {
  const out: Data[] = [];
  for (const [key, value] of Object.entries(data)) {
    const { [key]: _gone, ...rest } = data;
    out.push(rest);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) {
        const { [inner]: _innerGone, ...innerRest } = value as Data;
        out.push({ ...data, [key]: innerRest });
      }
    }
  }
  return out;
}

function fieldAt(fields: FieldInfo[], path: PropertyKey[]): FieldInfo | undefined {
  const [head, ...tail] = path;
  const field = fields.find((f) => f.key === head);
  return tail.length && field?.fields ? fieldAt(field.fields, tail) : field;
}

describe('fields required only in some cases', () => {
  it.each(collectionNames)('are marked conditional in the %s schema', (name) => {
    const schema = collections[name].schema(nodeContext);
    const fields = describeObject(schema);
    const demanded = new Set<string>();
    for (const data of entries(name)) {
      if (!schema.safeParse(data).success) continue;
      for (const variant of withoutEachField(data)) {
        const result = schema.safeParse(variant);
        if (result.success) continue;
        for (const issue of result.error.issues) {
          const field = fieldAt(fields, issue.path);
          // A required field missing is not news; an optional one a refinement asks for is.
          if (issue.code === 'custom' && field && !field.required)
            demanded.add(`${issue.path.join('.')}:${field.meta.conditional === true}`);
        }
      }
    }
    expect([...demanded].filter((d) => d.endsWith(':false')).map((d) => d.replace(/:false$/, ''))).toEqual([]);
  });
});
