/**
 * Each collection's schema as the check runs it (Node's schema context, Spanish messages), and
 * how a field path is named for editors. Reads no file: the CMS runs it in the browser too.
 */
import { z } from 'zod';
import { type FieldInfo, describeObject, fieldAt } from '../derive/fields.ts';
import { type CollectionName, collections } from '../schemas/index.ts';
import { nodeContext } from '../schemas/node-context.ts';

z.config(z.locales.es());

const schemaCache = new Map<CollectionName, { schema: z.ZodType; fields: FieldInfo[] }>();
export function schemaOf(collection: CollectionName) {
  let cached = schemaCache.get(collection);
  if (!cached) {
    const schema = collections[collection].schema(nodeContext);
    cached = { schema, fields: describeObject(schema) };
    schemaCache.set(collection, cached);
  }
  return cached;
}

/** `results[0].baseline` */
export const formatPath = (path: readonly PropertyKey[]) =>
  path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i ? '.' : ''}${String(step)}`)).join('');

/** `Resultados › 1 › Línea base`: the words editors see in the CMS. */
export function labelPath(fields: FieldInfo[], path: readonly PropertyKey[]): string {
  const trail = fieldAt(fields, path);
  const words: string[] = [];
  let t = 0;
  for (const step of path) {
    if (typeof step === 'number') words.push(`n.º ${step + 1}`);
    else words.push(trail[t++]?.meta.label ?? String(step));
  }
  return words.join(' › ');
}
