import { readCsv } from "../validation/index";
import type { Ballot } from "./Ballot";
import { planningError } from "./_messages";

/**
 * Options of {@link readBallotsCsv}.
 *
 * @category Ballots
 */
export interface ReadBallotsCsvOptions {
  /**
   * The question's column: its full path with groups joined by "/" (`"vote/projects"`), or
   * its last part (`"projects"`). For `points`, the group whose columns hold each project's
   * points (`"points"` reads `points/park`, `points/clinic`…).
   */
  readonly question: string;
  /**
   * What the answer is: `approvals` (a select_multiple, options space-separated, or split
   * into one 0/1 column per option), `ranking` (a rank question, options space-separated
   * best first) or `points` (one number column per project). Default `"approvals"`.
   */
  readonly kind?: "approvals" | "ranking" | "points" | undefined;
  /** The voter id column. Default: the first of `_uuid`, `meta/instanceID`, `_id`, `_index` present. */
  readonly voterField?: string | undefined;
  /** Field delimiter. Default `,` (KoboToolbox also exports `;`). */
  readonly delimiter?: string | undefined;
}

/**
 * Ballots read from a survey export, with the rows that could not be read.
 *
 * @category Ballots
 */
export interface BallotsFromCsv {
  /** One ballot per readable row, in file order (empty answers give empty ballots, which tallies reject with a reason). */
  readonly ballots: readonly Ballot[];
  /** The file line of each ballot. */
  readonly lines: readonly number[];
  /** Rows the CSV reader could not read, with their file lines. */
  readonly problems: readonly {
    /** Row index (0 = first row after the header). */
    readonly row: number;
    /** File line. */
    readonly line: number;
    /** What is wrong. */
    readonly message: {
      /** Persian. */
      readonly fa: string;
      /** English. */
      readonly en: string;
    };
  }[];
}

const VOTER_FIELDS = ["_uuid", "meta/instanceID", "_id", "_index"];

/**
 * Reads residents' ballots from a KoboToolbox / ODK Central CSV export through the library's
 * CSV reader (`readCsv` of `mahalleh/validation`): column names are group paths joined by
 * "/" (`vote/projects`), a select_multiple answer holds its options separated by spaces
 * (`park library`) or is split into one 0/1 column per option (`vote/projects/park`), a rank
 * answer lists options best first, and integer questions in a group hold points. Each row
 * becomes one ballot keyed by the submission's `_uuid` (or `voterField`); rows the reader
 * cannot parse are listed in `problems` with their lines, never dropped.
 *
 * @param text - the CSV export
 * @param options - the question, the kind of answer, the voter column; see {@link ReadBallotsCsvOptions}
 * @returns the ballots, their file lines and the unreadable rows
 * @throws MahallehError `PLANNING_INVALID_INPUT` when the question's column(s) or the voter
 *   column are not in the header; as `readCsv` for a file it cannot read at all
 * @example
 * ```ts
 * import { readBallotsCsv, tallyBallots } from "mahalleh/planning";
 * const csv = "_uuid,intro/age,vote/projects\nu1,34,park library\nu2,51,library\n";
 * const { ballots } = readBallotsCsv(csv, { question: "projects" });
 * ballots; // => [{ voterId: "u1", approvals: ["park", "library"] }, { voterId: "u2", approvals: ["library"] }]
 * tallyBallots(ballots, { method: "approval", projects: ["park", "library"] }).winner; // => "library"
 * ```
 *
 * @category Ballots
 */
export function readBallotsCsv(text: string, options: ReadBallotsCsvOptions): BallotsFromCsv {
  if (typeof options !== "object" || options === null || typeof options.question !== "string" || options.question === "") {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "question", why: "a column name is required", fa: "نام ستون لازم است" });
  }
  const table = readCsv(text, options.delimiter === undefined ? undefined : { delimiter: options.delimiter });
  const header = table.fields;
  const kind = options.kind ?? "approvals";
  const q = options.question;
  const voterField = options.voterField ?? VOTER_FIELDS.find((f) => header.includes(f));
  if (voterField === undefined || !header.includes(voterField)) throw planningError("PLANNING_INVALID_INPUT", "unknownId", { where: "readBallotsCsv voter column", id: options.voterField ?? VOTER_FIELDS.join("|") });
  const whole = header.find((h) => h === q) ?? header.find((h) => h.split("/").at(-1) === q);
  // split columns: <path>/<option>
  const prefix = whole ?? (header.find((h) => h.startsWith(`${q}/`) || h.includes(`/${q}/`)) ?? "").replace(/\/[^/]*$/, "");
  const split = header.filter((h) => prefix !== "" && h.startsWith(`${prefix}/`) && h !== whole).map((h) => ({ column: h, option: h.slice(prefix.length + 1) }));
  const useSplit = kind === "points" || (whole === undefined && split.length > 0);
  if ((useSplit && split.length === 0) || (!useSplit && whole === undefined)) throw planningError("PLANNING_INVALID_INPUT", "unknownId", { where: "readBallotsCsv question", id: q });
  const ballots: Ballot[] = [];
  const lines: number[] = [];
  const problems: { row: number; line: number; message: { fa: string; en: string } }[] = [];
  // the first problem of each row, looked up once per row (a search of the list per broken
  // row was quadratic in a file of broken rows)
  const broken = new Map<number, (typeof table.problems)[number]>();
  for (const p of table.problems) if (!broken.has(p.row)) broken.set(p.row, p);
  table.rows.forEach((record, row) => {
    const line = table.lines[row] ?? 0;
    if (typeof record === "string" || broken.has(row)) {
      const p = broken.get(row);
      problems.push({ row, line, message: p === undefined ? { fa: "ردیف خوانا نیست", en: "unreadable row" } : { fa: p.fa, en: p.en } });
      return;
    }
    const voterId = (record[voterField] ?? "").trim();
    if (kind === "points") {
      const points: Record<string, number> = {};
      for (const { column, option } of split) {
        const cell = (record[column] ?? "").trim();
        if (cell !== "") points[option] = Number(cell);
      }
      ballots.push({ voterId, points });
    } else {
      const chosen = useSplit
        ? split.filter(({ column }) => ["1", "true", "True", "TRUE"].includes((record[column] ?? "").trim())).map((s) => s.option)
        : (record[whole as string] ?? "").split(/\s+/).filter((s) => s !== "");
      ballots.push(kind === "ranking" ? { voterId, ranking: chosen } : { voterId, approvals: chosen });
    }
    lines.push(line);
  });
  return { ballots, lines, problems };
}
