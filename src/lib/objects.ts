/** `obj[key] = value` as an own property, `__proto__` included (assigning that key would replace the prototype). */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** A string map with no entries (tags, labels): one frozen object, so a million resources without tags share it. */
export const NO_ENTRIES: Readonly<Record<string, string>> = Object.freeze({});

/** The value `cache` holds for `key`, made by `make` the first time: one copy shared by every caller (interned strings, prefixes). */
export function cachedIn<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make(key)));
  return value;
}
