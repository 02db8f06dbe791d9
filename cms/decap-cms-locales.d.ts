// decap-cms-locales ships no types; the CMS only needs to know each locale is a phrase map.
declare module 'decap-cms-locales' {
  import type { CmsLocalePhrases } from 'decap-cms-core';
  export const es: CmsLocalePhrases;
}
