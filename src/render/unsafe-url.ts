/**
 * Schemes that run code or smuggle documents. Browsers ignore ASCII whitespace and control
 * characters inside a scheme, so those are removed before comparing. A module of its own so the
 * CMS preview can use it without the parser and schemas of the content check.
 */
const UNSAFE_URL = /^(javascript|vbscript|data):/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
export const isUnsafeUrl = (value: string) => UNSAFE_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
