/**
 * Private: the characters `normalizePersian` leaves as they are, and the quick test that a
 * text is already clean (the common case: a national file's million names, folded once each).
 */

/** Zero-width non-joiner (نیم‌فاصله). */
export const ZWNJ = 0x200c;

/**
 * 1 for code units below U+0700 that normalisation never changes and that are not
 * separators (everything but controls and blanks, digits, the folded Arabic letters,
 * tatweel and diacritics).
 */
export const PLAIN: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x0700).fill(1);
  for (let c = 0; c <= 0x20; c++) table[c] = 0;
  for (let c = 0x30; c <= 0x39; c++) table[c] = 0;
  for (let c = 0x0660; c <= 0x0669; c++) table[c] = 0;
  for (let c = 0x06f0; c <= 0x06f9; c++) table[c] = 0;
  for (let c = 0x064b; c <= 0x0652; c++) table[c] = 0;
  for (const c of [0x7f, 0x85, 0xa0, 0x0640, 0x0643, 0x0649, 0x064a, 0x0670, 0x06be, 0x06d5]) table[c] = 0;
  return table;
})();

/** The tables of {@link plainFor}, by options (4 digit choices × diacritics removed or not). */
const PLAIN_FOR: (Uint8Array | undefined)[] = [];
const DIGITS = ["fold", "persian", "latin", "keep"];

/**
 * `PLAIN` and, for these options, the digits and diacritics they leave as they are: Latin
 * digits unless `digits` is "persian", Persian ones unless "latin", Arabic-Indic ones with
 * "keep", diacritics unless they are removed.
 */
export function plainFor(digits: string, removeDiacritics: boolean): Uint8Array {
  // a value that is none of them is folded as "fold" is (what normalizePersian does with it)
  const key = 2 * Math.max(0, DIGITS.indexOf(digits)) + (removeDiacritics ? 1 : 0);
  let table = PLAIN_FOR[key];
  if (table === undefined) {
    table = PLAIN.slice();
    const t = table;
    const mark = (from: number, to: number): void => {
      t.fill(1, from, to + 1);
    };
    if (digits !== "persian") mark(0x30, 0x39);
    if (digits !== "latin") mark(0x06f0, 0x06f9);
    if (digits === "keep") mark(0x0660, 0x0669);
    if (!removeDiacritics) {
      mark(0x064b, 0x0652);
      mark(0x0670, 0x0670);
    }
    PLAIN_FOR[key] = table;
  }
  return table;
}

/**
 * Whether `text` is made of characters that normalisation with these options leaves as they
 * are (`plain`, from {@link plainFor}), with at most a single space or ZWNJ between two of
 * them: such text is already clean. A loop over a short name is several times faster than
 * the regex scan of `normalizePersian` (a national file's million names are folded once each);
 * anything else is left to that scan.
 */
export function plainText(text: string, plain: Uint8Array): boolean {
  const n = text.length;
  let afterPlain = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0700 && plain[code] === 1) {
      afterPlain = true;
      continue;
    }
    if ((code === 0x20 || code === ZWNJ) && afterPlain && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next < 0x0700 && plain[next] === 1) {
        afterPlain = false;
        continue;
      }
    }
    return false;
  }
  return true;
}
