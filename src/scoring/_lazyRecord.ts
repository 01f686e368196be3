/**
 * Private: the per-unit records of `computeIndex` (`dimensions`, `contributions`,
 * `normalized`), built from columnar storage. A record is a plain object (prototype
 * `Object.prototype`, own enumerable data properties) built in one pass over its keys; every
 * record of a layout adds its keys in the same order, so they share one hidden class.
 *
 * The unit result holds them in own enumerable accessor properties (see {@link lazyFields})
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
 * Marks a target with hidden per-target state: `new Mark(target, context, row)` runs the base
 * constructor, which returns `target` itself, so the private fields below are added to the
 * target (the "constructor return override" of ES2022 classes). Private fields are invisible
 * to every reflective API (`Object.keys`, `Reflect.ownKeys`, `Object.getOwnPropertySymbols`,
 * `structuredClone`, `JSON.stringify`, spread, deep equality), so the target stays plain data;
 * and adding them is an ordinary field store on a shared hidden class, not a runtime call.
 */
class Returns {
  constructor(target: object) {
    return target;
  }
}

class Mark extends Returns {
  #context: unknown;
  #row: number;
  constructor(target: object, context: unknown, row: number) {
    super(target);
    this.#context = context;
    this.#row = row;
  }
  /** The context and row of a marked target, or undefined. */
  static read(target: object): { context: unknown; row: number } | undefined {
    return #context in target ? { context: (target as Mark).#context, row: (target as Mark).#row } : undefined;
  }
}

/**
 * Lazy record fields, made once per module: `lazyFields(builders)(target, context, row)`
 * defines each field on the target as an own enumerable accessor whose first read builds
 * `builder(context, row, target)` and turns the field into an ordinary data property holding
 * it (a write does the same with the written value, without building).
 *
 * Every target of every call shares the same accessor functions. That is what keeps the
 * targets in fast mode: V8 shares a hidden-class transition to an accessor property only
 * when the getter and setter are the same functions, and otherwise turns each object into a
 * slow dictionary (measured: accessors made per call cost 4× more to define, 2–3× more to
 * read, from the second call on). The per-target state (which result, which row) is kept in
 * private fields (see {@link Mark}), not in closures.
 */
export function lazyFields<C>(builders: Readonly<Record<string, (context: C, row: number, target: object) => unknown>>): (target: object, context: C, row: number) => void {
  const keys = Object.keys(builders);
  const descriptors = keys.map((key): PropertyDescriptor => {
    const build = builders[key] as (context: C, row: number, target: object) => unknown;
    return {
      enumerable: true,
      configurable: true,
      get(this: object): unknown {
        const mark = Mark.read(this);
        // an accessor copied onto another object has nothing to build from
        if (mark === undefined) return undefined;
        const value = build(mark.context as C, mark.row, this);
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(this: object, value: unknown): void {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
    };
  });
  return (target, context, row) => {
    for (let q = 0; q < keys.length; q++) Object.defineProperty(target, keys[q] as string, descriptors[q] as PropertyDescriptor);
    new Mark(target, context, row);
  };
}
