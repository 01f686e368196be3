/**
 * Private: typed arrays in shared memory, which a worker thread reads in place (a
 * `SharedArrayBuffer` is shared by `postMessage`, not copied): the CLI's Parquet columns, the
 * details pass's outputs (`scoring`) and the CSV writer's source (`cli`) (issue 18).
 */

/** Whether a typed array's memory is a `SharedArrayBuffer`. */
export function inSharedMemory(a: ArrayBufferView): boolean {
  return typeof SharedArrayBuffer !== "undefined" && a.buffer instanceof SharedArrayBuffer;
}

/**
 * `a` itself when its memory is shared already (a worker only reads it), else a copy of it in a
 * new `SharedArrayBuffer` made by `make`.
 */
export function sharedCopy<T extends ArrayBufferView & { set(values: ArrayLike<number>): void }>(a: T, make: (buffer: SharedArrayBuffer) => T): T {
  if (inSharedMemory(a)) return a;
  const copy = make(new SharedArrayBuffer(a.byteLength));
  copy.set(a as unknown as ArrayLike<number>);
  return copy;
}
