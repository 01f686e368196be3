/** Private: JSON format sniffing shared by readJson and validateFile. */

/** True if the text has several lines and its first non-blank line is a whole JSON object. */
export function looksLikeJsonLines(text: string): boolean {
  const first = /^\s*(\S[^\r\n]*)/.exec(text.replace(/^\uFEFF/, ""))?.[1];
  if (first === undefined || !/[\r\n]\s*\S/.test(text.slice(text.indexOf(first) + first.length))) return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
