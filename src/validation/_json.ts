/** Private: JSON format sniffing shared by readJson and validateFile. */

/** True for the characters JavaScript's `\s` matches (the BOM included). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(String.fromCharCode(code)));
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/**
 * True if the text has several lines and its first non-blank line is a whole JSON object.
 * One pass over the text (no regex backtracking: a file of 100 kB of newlines used to take
 * seconds).
 */
export function looksLikeJsonLines(text: string): boolean {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return false;
  let end = start;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  // Another non-blank line must follow.
  let rest = end;
  while (rest < text.length && isSpace(text.charCodeAt(rest))) rest++;
  if (rest === text.length) return false;
  try {
    const value: unknown = JSON.parse(text.slice(start, end));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
