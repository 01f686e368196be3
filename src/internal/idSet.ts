/**
 * A set of strings for the duplicate-id checks of the CSV readers and of the CLI's two-thread
 * read (shared, so it lives here): open addressing over typed
 * arrays (a 32-bit FNV-1a hash of each id, linear probing, the table at most half full), the ids
 * themselves kept in the caller's array. At 1,000,000 ids a `Set<string>` cost 0.8 µs per id
 * and grew with the size of the memory it touched (0.3 µs at 20,000 ids); this one touches one
 * slot of an `Int32Array` per id and compares strings only when two hashes are equal.
 */
/** The 32-bit FNV-1a hash of an id's UTF-16 units (what {@link IdSet} files ids by). */
export function idHash(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  return h;
}

/** {@link idHash} of each id. */
export function idHashes(ids: readonly string[]): Int32Array {
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = idHash(ids[i] as string);
  return out;
}

/**
 * Whether two lists of ids share one, from their hashes ({@link idHashes}, computed where the
 * lists were made — the two threads of a parallel read each hash their own): `a` is filed in a
 * table sized at once (at most half full), `b` only looked up, and strings are compared only
 * when two hashes are equal.
 */
export function sharesId(a: readonly string[], aHashes: Int32Array, b: readonly string[], bHashes: Int32Array): boolean {
  let size = 2;
  while (size < 2 * a.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let i = 0; i < a.length; i++) {
    const h = aHashes[i] as number;
    let slot = (h ^ (h >>> 16)) & mask;
    while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    slots[slot] = i;
  }
  for (let j = 0; j < b.length; j++) {
    const h = bHashes[j] as number;
    let slot = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const i = slots[slot] as number;
      if (i < 0) break;
      if (aHashes[i] === h && a[i] === b[j]) return true;
      slot = (slot + 1) & mask;
    }
  }
  return false;
}

export class IdSet {
  private slots: Int32Array = new Int32Array(1024).fill(-1); // index into `ids`, -1 empty
  private hashes: Int32Array = new Int32Array(512); // the hash of each stored id
  private count = 0;

  /** @param ids the array the caller appends each new id to, after {@link add} said it is new */
  constructor(private readonly ids: readonly string[]) {}

  /** Records the id as the next index of `ids`; false when it is already there (nothing stored). */
  add(id: string): boolean {
    const h = idHash(id);
    const mask = this.slots.length - 1;
    let slot = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const j = this.slots[slot] as number;
      if (j < 0) break;
      if (this.hashes[j] === h && this.ids[j] === id) return false;
      slot = (slot + 1) & mask;
    }
    const i = this.count++;
    if (i >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[i] = h;
    this.slots[slot] = i;
    if (this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      const h = this.hashes[i] as number;
      let slot = (h ^ (h >>> 16)) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = i;
    }
    this.slots = slots;
  }
}
