/** `tsx scripts/index-search.ts <built-site>`: (re)builds the Pagefind index of a built site. */
import { indexSite } from '../src/integrations/pagefind-index.ts';

const dir = process.argv[2] ?? 'dist';
const { pages } = await indexSite(dir);
console.log(`pagefind: ${pages} pages indexed in ${dir}`);
