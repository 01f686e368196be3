/**
 * mahalleh/text against @persian-tools/persian-tools, same process, same inputs.
 *
 * - Normalisation of a real paragraph (the seed article, with Arabic ي/ك, Arabic-Indic digits
 *   and doubled spaces mixed in). persian-tools has no single equivalent: we measure its
 *   `normalizeText` (which also deletes every ZWNJ, so it does less correct work) and its
 *   letter + digit pipeline `toPersianChars` → `digitsArToFa`.
 * - National-ID checks over a batch of valid and invalid IDs.
 */
import * as peer from "@persian-tools/persian-tools";
import { isValidNationalId, normalizePersian, parseNumber, wordsToNumber } from "../src/text/index";
import { compare } from "./harness";

const ARTICLE: string = `البرز پایلوت کشوری در رسیدگی به مناطق کمتر برخوردار است

جانشین وزیر کشور و رئیس ستاد توانمندسازی محلات کمتر برخوردار کشور گفت: استان البرز با توجه به عملکرد خوبی که در قرارگاه اجتماعی رقم زد بهعنوان پایلوت کشور در اجرای طرحهای نوین توانمندسازی محلات کمتر برخوردار، الگو و راهگشای سایر استانهای کشور خواهد بود.

به گزارش خبرگزاری ایمنا از البرز، علی آقامحمدی صبح امروز _دوشنبه بیستوهفتم اسفند_ در هفتاد و سومین جلسه قرارگاه اجتماعی استان البرز که در سالن شهدای دولت استانداری برگزار شد، بر لزوم توجه ویژه به محلات کمبرخوردار و ایجاد تغییرات بنیادین در این مناطق تأکید و اظهار کرد: اقدامات در این زمینه به طور جدی در دستور کار قرار دارد.\n\n`;

export default async function run(): Promise<void> {
  // The opening of the seed article (IMNA 849955), repeated to about 2 000 characters.
  const article = ARTICLE.repeat(Math.ceil(2000 / ARTICLE.length)).slice(0, 2000).trim();
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
