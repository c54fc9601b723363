// Memos for what depends only on a name (or a name and the lexicon): the same short names and aliases
// come back in article after article. Each memo is cleared when full, so a long session stays bounded.

const LIMIT = 50_000;

/** The value remembered for `key`, computed and remembered the first time. */
export function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size >= LIMIT) memo.clear();
    memo.set(key, value);
  }
  return value;
}
