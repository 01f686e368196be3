/**
 * Private: the worker thread of the two-thread CSV writer (`_csvLinesParallel.ts`; a tsup entry of
 * its own, `dist/cli-lines-worker.js`): writes the lines it is sent and posts their chunks back
 * (the buffers transferred, not copied), or `{ ok: false }` on any error — the main thread then
 * writes those lines itself.
 */
import { parentPort } from "node:worker_threads";
import { type LinesTask, runLinesTask } from "./_csvLinesParallel";

parentPort?.once("message", (task: LinesTask) => {
  try {
    const chunks = runLinesTask(task);
    parentPort?.postMessage({ ok: true, chunks }, chunks.map((c) => c.buffer as ArrayBuffer));
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: String(error) });
  }
});
