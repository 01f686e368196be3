/**
 * Test helper: the Latin digits of a Persian line outside what it quotes («…», "…") and
 * outside tokens with Latin letters (ids such as alb-krj-001, paths, "UTF-8"). An independent
 * regex check of the library's digit conversion.
 */
export function strayLatinDigits(line: string): string[] {
  if (!/[\u0600-\u06FF]/.test(line)) return [];
  return line
    .replace(/«[^«»]*»/g, " ")
    .replace(/"[^"]*"/g, " ")
    .split(/\s+/)
    .filter((token) => /[0-9]/.test(token) && !/[A-Za-z]/.test(token));
}
