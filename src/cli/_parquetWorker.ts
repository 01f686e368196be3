/**
 * The Parquet worker of `mahalleh score` (issue 18): reads its share of a file's indicator
 * columns with the library's {@link columnsFromParquet}, from the bytes the CLI shares with it
 * (a `SharedArrayBuffer`), into shared memory (`shared: true`), and sends them back as they are:
 * the details pass and the CSV writer's worker then read them without a copy. Any
 * failure is reported as `{ failed: true }`: the CLI then reads the file serially, so that the
 * user sees the serial reader's values or error (see `_parquetParallel.ts`). A tsup entry of its
 * own (`dist/cli-parquet-worker.js`).
 */
import { parentPort, workerData } from "node:worker_threads";
import { columnsFromParquet } from "../scoring/index";

const { bytes, names } = workerData as { bytes: Uint8Array; names: string[] };
columnsFromParquet(bytes, names, { shared: true }).then(
  (columns) => parentPort?.postMessage({ columns: Object.entries(columns) }),
  () => parentPort?.postMessage({ failed: true }),
);
