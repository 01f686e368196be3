/** Internal: the byte helpers the CSV readers (scoring) and the CLI's file reader share. */

/** The parts as one array of `size` bytes (the only part itself when there is one). */
export function concatBytes(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
