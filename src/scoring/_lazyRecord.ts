/**
 * Private: a read-mostly record (`{ [key]: value }`) whose values are read from columnar
 * storage on access. It behaves as a plain object for property reads, `in`, `Object.keys`,
 * `Object.entries`, spread, `JSON.stringify` and deep equality; the first enumeration or
 * write copies every value into the record (it is then an ordinary object behind the proxy).
 * One record costs two small objects (a target and its proxy; the handler is shared by the
 * layout) instead of a dictionary with one boxed number per key. `structuredClone` does not
 * accept a proxy: spread it first (`{ ...record }`).
 */

/** The target of one record: its row and state in private fields (invisible to reflection). */
class RowTarget {
  #row: number;
  #filled = false;
  constructor(row: number) {
    this.#row = row;
  }
  static rowOf(target: RowTarget): number {
    return target.#row;
  }
  static filled(target: RowTarget): boolean {
    return target.#filled;
  }
  static markFilled(target: RowTarget): void {
    target.#filled = true;
  }
}

class LazyHandler<V> implements ProxyHandler<RowTarget> {
  constructor(
    private readonly keys: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly value: (row: number, j: number) => V,
  ) {}
  private fill(target: RowTarget): void {
    if (RowTarget.filled(target)) return;
    RowTarget.markFilled(target);
    const row = RowTarget.rowOf(target);
    for (let j = 0; j < this.keys.length; j++) {
      Object.defineProperty(target, this.keys[j] as string, { value: this.value(row, j), enumerable: true, writable: true, configurable: true });
    }
  }
  getPrototypeOf(): object {
    return Object.prototype;
  }
  get(target: RowTarget, key: string | symbol, receiver: unknown): unknown {
    if (typeof key === "string" && !RowTarget.filled(target)) {
      const j = this.index.get(key);
      if (j !== undefined) return this.value(RowTarget.rowOf(target), j);
    }
    // as a plain object: what is not its own comes from Object.prototype, not RowTarget's
    return Object.hasOwn(target, key) ? Reflect.get(target, key, receiver) : Reflect.get(Object.prototype, key, receiver);
  }
  has(target: RowTarget, key: string | symbol): boolean {
    if (typeof key === "string" && !RowTarget.filled(target) && this.index.has(key)) return true;
    return Object.hasOwn(target, key) || key in Object.prototype;
  }
  ownKeys(target: RowTarget): (string | symbol)[] {
    this.fill(target);
    return Reflect.ownKeys(target);
  }
  getOwnPropertyDescriptor(target: RowTarget, key: string | symbol): PropertyDescriptor | undefined {
    this.fill(target);
    return Reflect.getOwnPropertyDescriptor(target, key);
  }
  set(target: RowTarget, key: string | symbol, value: unknown, receiver: unknown): boolean {
    this.fill(target);
    return Reflect.set(target, key, value, receiver);
  }
  defineProperty(target: RowTarget, key: string | symbol, descriptor: PropertyDescriptor): boolean {
    this.fill(target);
    return Reflect.defineProperty(target, key, descriptor);
  }
  deleteProperty(target: RowTarget, key: string | symbol): boolean {
    this.fill(target);
    return Reflect.deleteProperty(target, key);
  }
}

/** A family of records over the same keys. */
export interface RecordLayout<V> {
  /** Record `row`. */
  readonly record: (row: number) => Record<string, V>;
}

/** A layout over `keys`; `value(row, j)` is the value of key j in record `row`. */
export function recordLayout<V>(keys: readonly string[], value: (row: number, j: number) => V): RecordLayout<V> {
  const handler = new LazyHandler(keys, new Map(keys.map((key, j) => [key, j])), value);
  return { record: (row) => new Proxy(new RowTarget(row), handler) as unknown as Record<string, V> };
}
