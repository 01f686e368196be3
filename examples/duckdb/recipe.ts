/**
 * The DuckDB recipe of `examples/duckdb-microdata.ts`, as functions the example and its test
 * share: synthetic household microdata written to Parquet, and the SQL that turns households
 * into one row of indicators per neighbourhood.
 *
 * The households are synthetic (generated from a seeded formula); nothing here is real data.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { IndexSpec } from "mahalleh/scoring";

/** SQL string literal of a path. */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Writes `households` synthetic household records for `neighbourhoods` neighbourhoods to a
 * Parquet file: id, neighbourhood, size, rooms, members aged 6+ and how many of them read,
 * members in the labour force and how many of them are unemployed, whether a woman heads it.
 */
export async function writeHouseholds(con: DuckDBConnection, path: string, households: number, neighbourhoods: number): Promise<void> {
  await con.run(`
    COPY (
      SELECT
        i AS household_id,
        'n' || lpad(CAST(i % ${neighbourhoods} AS VARCHAR), 5, '0') AS neighbourhood_id,
        1 + (hash(i, 1) % 7)::INTEGER AS size,
        1 + (hash(i, 2) % 4)::INTEGER AS rooms,
        -- neighbourhoods differ: a per-neighbourhood level plus household noise
        (hash(i % ${neighbourhoods}, 3) % 20)::INTEGER AS area_level,
        LEAST(1 + (hash(i, 1) % 7)::INTEGER, 1 + (hash(i, 4) % 6)::INTEGER) AS aged_6_plus,
        (hash(i, 5) % 3)::INTEGER AS labour_force,
        CASE WHEN hash(i, 6) % 100 < 5 + (hash(i % ${neighbourhoods}, 3) % 20) THEN 1 ELSE 0 END AS unemployed_flag,
        CASE WHEN hash(i, 7) % 100 < 12 THEN TRUE ELSE FALSE END AS female_head,
        (hash(i, 8) % 100)::INTEGER AS literacy_draw
      FROM range(0, ${households}) t(i)
    ) TO ${literal(path)} (FORMAT parquet)`);
}

/**
 * The aggregation: one row per neighbourhood with the indicators the index uses.
 * - `unemployment_rate`: unemployed / labour force × 100 (a household's labour force counts as
 *   unemployed when its flag is set);
 * - `literacy_rate`: literate members aged 6+ / members aged 6+ × 100;
 * - `persons_per_room`: Σ size / Σ rooms;
 * - `female_headed_share`: households headed by a woman × 100 / households.
 */
export function indicatorSql(path: string): string {
  return `
    SELECT
      neighbourhood_id,
      count(*) AS households,
      sum(size) AS population,
      100.0 * sum(CASE WHEN unemployed_flag = 1 THEN labour_force ELSE 0 END) / NULLIF(sum(labour_force), 0) AS unemployment_rate,
      100.0 * sum(CASE WHEN literacy_draw >= 10 + area_level THEN aged_6_plus ELSE 0 END) / NULLIF(sum(aged_6_plus), 0) AS literacy_rate,
      sum(size)::DOUBLE / sum(rooms) AS persons_per_room,
      100.0 * sum(CASE WHEN female_head THEN 1 ELSE 0 END) / count(*) AS female_headed_share
    FROM read_parquet(${literal(path)})
    GROUP BY neighbourhood_id
    ORDER BY neighbourhood_id`;
}

/** The index spec over those indicators (directions: higher unemployment is worse; higher literacy is better). */
export const spec: IndexSpec = {
  indicators: [
    { id: "unemployment_rate", dimension: "employment", direction: 1 },
    { id: "literacy_rate", dimension: "education", direction: -1 },
    { id: "persons_per_room", dimension: "housing", direction: 1 },
    { id: "female_headed_share", dimension: "social", direction: 1 },
  ],
};
