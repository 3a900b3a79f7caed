// A value computed once per key and kept, in a map that is emptied when it is full: for the
// engine's look-ups that repeat thousands of times over an export (message templates, plural
// categories, a zone's formatter, offsets and labels). Emptying, not evicting, keeps the hot
// path a single Map read; `undefined` is never kept (it means "not yet").
export function remembered<K, V>(cache: Map<K, V>, max: number, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
  }
  return value;
}
