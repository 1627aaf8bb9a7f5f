// Caches that make a review cheap when several rules read the same derived view of a document: a
// view computed once per document (or per model object) and forgotten with it (WeakMap), and a
// function of a text computed once per distinct text (a bounded map). Cached values are shared
// between the rules that ask: they must treat them as read-only.

/** `fn` computed once per object (a document, a piece, an indicator), kept while the object lives. */
export function perObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** `fn` computed once per distinct text; the oldest texts are forgotten past `max` entries. */
export function perText<T>(fn: (text: string) => T, max = 8192): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
    return value;
  };
}
