/**
 * Private: the worker thread of the parallel CSV read (a tsup entry of its own, next to
 * `dist/cli.js`): reads the byte range it is sent and posts the columns back (their buffers
 * transferred, not copied; the groups packed, see `PackedRange`), or `{ ok: false }` on any
 * error — the main thread then reads the whole file serially, so that the user sees the
 * serial path's error.
 */
import { parentPort } from "node:worker_threads";
import { packRange, rangeTransfers, readCsvRange, type CsvRangeTask } from "./_csvRange";

parentPort?.once("message", (task: CsvRangeTask) => {
  readCsvRange(task).then(
    (result) => {
      const packed = packRange(result);
      parentPort?.postMessage({ ok: true, result: packed }, rangeTransfers(packed));
    },
    (error: unknown) => parentPort?.postMessage({ ok: false, message: String(error) }),
  );
});
