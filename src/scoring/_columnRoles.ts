/**
 * Private: which named columns of a columnar source (Arrow, Parquet) are the id, the group,
 * the labels and the indicators — the same rules and messages as the CSV reader's header plan.
 */
import { IdSet } from "../internal/idSet";
import { fail } from "../internal/safe";
import { foldForMatching } from "../internal/chars";
import { allUniqueIds } from "./_uniqueIds";

/** Column roles chosen by name. */
export interface RoleOptions {
  readonly id?: string | undefined;
  readonly group?: string | undefined;
  readonly labels?: readonly string[] | undefined;
  readonly indicators?: readonly string[] | undefined;
}

/** The roles as positions in `names`. */
export interface Roles {
  readonly id: number;
  readonly group: number;
  readonly labels: readonly number[];
  readonly indicators: readonly number[];
}

/**
 * Resolves the roles against the column names (compared loosely: Arabic/Persian letters,
 * digits, ZWNJ and spaces fold alike). Default id: the first column; default indicators:
 * every other column, or with `numeric`, every other column it accepts. With `noId`, no id
 * column (id -1): the indicators alone.
 */
export function resolveRoles(names: readonly string[], options: RoleOptions | undefined, numeric?: (index: number) => boolean, noId?: boolean): Roles {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw fail("INDEX_INVALID_OPTIONS", "گزینه‌ها باید شیء باشند", "options must be an object");
  }
  const folded = names.map(foldForMatching);
  const find = (name: unknown, what: string): number => {
    const at = typeof name === "string" ? folded.indexOf(foldForMatching(name)) : -1;
    if (at < 0) {
      throw fail("INDEX_INVALID_TABLE", `ستون ${what} «${String(name)}» در داده نیست`, `The ${what} column "${String(name)}" is not in the data`, {
        column: String(name),
        columns: [...names],
      });
    }
    return at;
  };
  if (names.length === 0) throw fail("INDEX_INVALID_TABLE", "داده هیچ ستونی ندارد", "The data has no column");
  const id = noId === true ? -1 : options?.id === undefined ? 0 : find(options.id, "id");
  const group = options?.group === undefined ? -1 : find(options.group, "group");
  const labels = (options?.labels ?? []).map((name) => find(name, "label"));
  const taken = new Set([id, group, ...labels]);
  const indicators =
    options?.indicators === undefined
      ? names.map((_, i) => i).filter((i) => !taken.has(i) && (numeric === undefined || numeric(i)))
      : options.indicators.map((name) => find(name, "indicator"));
  const clash = indicators.find((i) => taken.has(i));
  if (clash !== undefined) {
    throw fail("INDEX_INVALID_OPTIONS", `ستون «${names[clash]}» هم شاخص است و هم شناسه/گروه/برچسب`, `Column "${names[clash]}" is both an indicator and the id, group or a label`, {
      column: names[clash],
    });
  }
  if (new Set(indicators).size !== indicators.length) {
    throw fail("INDEX_INVALID_OPTIONS", "ستونی دو بار در شاخص‌ها آمده است", "A column is named twice among the indicators");
  }
  return { id, group, labels, indicators };
}

/** Checks that ids are non-empty and unique; names the first offender. */
export function checkIds(ids: readonly string[], column: string): void {
  // the plan's sorted-hash check first (memory read in order); only a table it does not pass
  // plainly is walked again to name the first empty or repeated id
  if (allUniqueIds(ids)) return;
  // the typed-array hash set of the CSV readers (a Set<string> cost 3 s of CPU at 1,000,000 ids);
  // ids[i] is the i-th id added, as IdSet expects of the array it is given
  const seen = new IdSet(ids);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (id === "") throw fail("INDEX_INVALID_TABLE", `ردیف ${i + 1} در ستون «${column}» شناسه ندارد`, `Row ${i + 1} has no id in column "${column}"`, { row: i, column });
    if (!seen.add(id)) throw fail("INDEX_INVALID_TABLE", `شناسهٔ «${id}» در ردیف ${i + 1} تکراری است`, `Duplicate id "${id}" in row ${i + 1}`, { row: i, id, column });
  }
}
