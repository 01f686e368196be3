/**
 * Private: an exact set of voter ids, sized once for the number of ballots, for the
 * duplicate-voter check. A JavaScript `Set<string>` spent about 1 µs per id on a million
 * ballots (most of the whole tally); this open-addressing table keeps a 32-bit hash and the
 * ballot index of each id side by side in one `Int32Array` (one memory access per probe) and
 * compares the strings themselves only when the hashes are equal, so it is exact.
 */
export interface VoterSet {
  /** Whether `id` has been added; remembers where it would go, for {@link VoterSet.addLast}. */
  readonly has: (id: string) => boolean;
  /**
   * Adds the id of the last `has` call that returned false (no add in between), recorded as
   * the voter of ballot `ballot` (whose id it must be): the id is not hashed twice.
   */
  readonly addLast: (ballot: number) => void;
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser to spread sequential ids; never 0. */
export function hash(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 1;
}

/** A set for at most `capacity` ids; `idOf(b)` gives back the id stored for ballot `b`. */
export function voterSet(capacity: number, idOf: (ballot: number) => string): VoterSet {
  let size = 16;
  while (size < 2 * capacity) size *= 2;
  const mask = size - 1;
  // slot s: table[2s] = hash (0 = empty), table[2s + 1] = ballot index
  const table = new Int32Array(2 * size);
  let slot = 0;
  let h = 0;
  /** Leaves `slot` at the id's slot (found) or at the empty slot where it goes. */
  const find = (id: string): boolean => {
    h = hash(id);
    slot = h & mask;
    for (;;) {
      const stored = table[2 * slot];
      if (stored === 0) return false;
      if (stored === h && idOf(table[2 * slot + 1] as number) === id) return true;
      slot = (slot + 1) & mask;
    }
  };
  return {
    has: find,
    addLast(ballot) {
      table[2 * slot] = h;
      table[2 * slot + 1] = ballot;
    },
  };
}
