/**
 * The process related-process.ts starts: reads the documents as JSON on stdin, writes each
 * entry's related entries as `[key, related keys][]` on stdout. Node runs this file as it is
 * (it strips the types), so it imports nothing but the matching.
 */
import { relatedEntries, type RelatedDoc } from './related.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const docs = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RelatedDoc[];
process.stdout.write(JSON.stringify([...relatedEntries(docs, Number(process.env.RELATED_LIMIT ?? 5))]));
