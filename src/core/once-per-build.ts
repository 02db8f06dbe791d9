/**
 * Site-wide data (taxonomy maps, territory roll-ups, related content…) is the same for every
 * page of a build, so a production build computes it once. The dev server recomputes it on
 * every request: an editor saving through the CMS must see the change on the next reload.
 */
export function oncePerBuild<A extends unknown[], R>(compute: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (...args: A) => {
    if (!import.meta.env.PROD) return compute(...args);
    const key = JSON.stringify(args);
    let result = cache.get(key);
    if (!result) {
      result = compute(...args);
      cache.set(key, result);
    }
    return result;
  };
}
