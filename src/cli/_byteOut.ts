/**
 * Private: the sink of the CLI's byte output (issue 18): UTF-8 chunks handed to stdout as bytes
 * when it takes them, else decoded to text without splitting a character.
 */

/** A sink of UTF-8 bytes: `bytes` if the output takes them, else `text` (decoded, split safely). */
export function byteSink(bytes: ((chunk: Uint8Array) => void) | undefined, text: (chunk: string) => void): (chunk: Uint8Array) => void {
  if (bytes !== undefined) return bytes;
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // keep the BOM Excel needs
  return (chunk) => {
    const piece = decoder.decode(chunk, { stream: true });
    if (piece !== "") text(piece);
  };
}
