/**
 * Ajv set up to read the portal's published JSON Schemas (draft 2020-12, formats, and the
 * annotation keywords the schemas carry for people), shared by the open-data gate and the
 * open-data reader task.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { annotationKeywords } from '../../src/derive/json-schema.ts';

export function jsonSchemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
}
