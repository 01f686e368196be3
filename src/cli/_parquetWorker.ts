/**
 * The Parquet worker of `mahalleh score` (issue 18): reads its share of a file's indicator
 * columns with the library's {@link columnsFromParquet}, from the bytes the CLI shares with it
 * (a `SharedArrayBuffer`), and sends the `Float64Array`s back without copying them. Any
 * failure is reported as `{ failed: true }`: the CLI then reads the file serially, so that the
 * user sees the serial reader's values or error (see `_parquetParallel.ts`). A tsup entry of its
 * own (`dist/cli-parquet-worker.js`).
 */
import { parentPort, workerData } from "node:worker_threads";
import { columnsFromParquet } from "../scoring/index";

const { bytes, names } = workerData as { bytes: Uint8Array; names: string[] };
columnsFromParquet(bytes, names).then(
  (columns) => {
    const entries = Object.entries(columns);
    parentPort?.postMessage({ columns: entries }, entries.map(([, values]) => values.buffer as ArrayBuffer));
  },
  () => parentPort?.postMessage({ failed: true }),
);
