/**
 * Private: the per-unit records of `computeIndex` (`dimensions`, `contributions`,
 * `normalized`), built from columnar storage. A record is a plain object (prototype
 * `Object.prototype`, own enumerable data properties) built in one pass over its keys; every
 * record of a layout adds its keys in the same order, so they share one hidden class.
 *
 * The unit result holds them in own enumerable accessor properties (see {@link lazyField})
 * that build the record on first read and keep it, so a national run pays only for the
 * records somebody reads, while the result stays plain data: `structuredClone`, `postMessage`,
 * `JSON.stringify`, spread and `Object.entries` read an own accessor like a data property.
 */

/** A family of records over the same keys. */
export interface RecordLayout<V> {
  /** Record `row`: a new plain object. */
  readonly record: (row: number) => Record<string, V>;
}

/** A layout over `keys`; `value(row, j)` is the value of key j in record `row`. */
export function recordLayout<V>(keys: readonly string[], value: (row: number, j: number) => V): RecordLayout<V> {
  // "__proto__" as a key must become an own property, not the prototype
  const special = keys.some((key) => key === "__proto__");
  return {
    record: (row) => {
      const out: Record<string, V> = {};
      if (special) {
        for (let j = 0; j < keys.length; j++) Object.defineProperty(out, keys[j] as string, { value: value(row, j), enumerable: true, writable: true, configurable: true });
        return out;
      }
      for (let j = 0; j < keys.length; j++) out[keys[j] as string] = value(row, j);
      return out;
    },
  };
}

/**
 * Lazy record fields for many targets: `attach(target)` defines each field on the target as an
 * own enumerable accessor whose first read builds `build(rowOf(target))` and turns the field
 * into an ordinary data property holding it (a write does the same with the written value).
 * Every target shares the same accessor functions, so the targets keep one hidden class and
 * fast properties; the row is found from the target itself (no hidden per-target state, which
 * would cost one more property definition per target).
 */
export function lazyFields<T extends object>(fields: Readonly<Record<string, (row: number) => unknown>>, rowOf: (target: T) => number): (target: T) => void {
  const descriptors = Object.entries(fields).map(([key, build]): [string, PropertyDescriptor] => [
    key,
    {
      enumerable: true,
      configurable: true,
      get(this: T): unknown {
        const value = build(rowOf(this));
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(this: T, value: unknown): void {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
    },
  ]);
  return (target) => {
    for (const [key, descriptor] of descriptors) Object.defineProperty(target, key, descriptor);
  };
}
