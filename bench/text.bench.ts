/**
 * mahalleh/text against @persian-tools/persian-tools, same process, same inputs.
 *
 * - Normalisation of a real paragraph (the seed article, with Arabic ي/ك, Arabic-Indic digits
 *   and doubled spaces mixed in). persian-tools has no single equivalent: we measure its
 *   `normalizeText` (which also deletes every ZWNJ, so it does less correct work) and its
 *   letter + digit pipeline `toPersianChars` → `digitsArToFa`.
 * - National-ID checks over a batch of valid and invalid IDs.
 */
import { readFileSync } from "node:fs";
import * as peer from "@persian-tools/persian-tools";
import { isValidNationalId, normalizePersian, parseNumber, wordsToNumber } from "../src/text/index";
import { compare } from "./harness";

export default async function run(): Promise<void> {
  const article = readFileSync(new URL("../../shared/seed/alborz-pilot-article.fa.txt", import.meta.url), "utf8").slice(0, 2000);
  const messy = article.replace(/ی/g, "ي").replace(/ک/g, "ك").replace(/ /g, "  ").concat(" ٧٣ ١٤٠٣");
  await compare({
    title: `normalizePersian (${messy.length}-char paragraph)`,
    ours: () => normalizePersian(messy),
    peers: {
      "persian-tools normalizeText": () => peer.normalizeText(messy),
      "persian-tools chars+digits": () => peer.digitsArToFa(peer.toPersianChars(messy)),
    },
  });

  await compare({
    title: `normalizePersian (${article.length}-char paragraph, already clean)`,
    ours: () => normalizePersian(article),
    peers: {
      "persian-tools normalizeText": () => peer.normalizeText(article),
      "persian-tools chars+digits": () => peer.digitsArToFa(peer.toPersianChars(article)),
    },
  });

  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const body = String(100_000_000 + ((i * 7_919_123) % 899_999_999)).padStart(9, "0");
    let s = 0;
    for (let k = 0; k < 9; k++) s += Number(body[k]) * (10 - k);
    const r = s % 11;
    ids.push(body + String(i % 3 === 0 ? (r + 1) % 10 : r < 2 ? r : 11 - r));
  }
  await compare({
    title: "isValidNationalId × 1000 IDs (one in three invalid)",
    ours: () => {
      let n = 0;
      for (const id of ids) if (isValidNationalId(id)) n++;
      return n;
    },
    peers: {
      "persian-tools verifyIranianNationalId": () => {
        let n = 0;
        for (const id of ids) if (peer.verifyIranianNationalId(id)) n++;
        return n;
      },
      "persian-tools validateNationalIdChecksum": () => {
        let n = 0;
        for (const id of ids) if (peer.validateNationalIdChecksum(id)) n++;
        return n;
      },
    },
  });

  await compare({
    title: "wordsToNumber «یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت»",
    ours: () => wordsToNumber("یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت"),
    peers: { "persian-tools wordsToNumber": () => peer.wordsToNumber("یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت") },
  });

  await compare({
    title: "parseNumber «۱٬۲۳۴٬۵۶۷»",
    ours: () => parseNumber("۱٬۲۳۴٬۵۶۷"),
    peers: { "persian-tools digitsFaToEn+removeCommas": () => Number(peer.removeCommas(peer.digitsFaToEn("۱,۲۳۴,۵۶۷"))) },
  });
}
