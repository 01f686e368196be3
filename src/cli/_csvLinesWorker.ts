/**
 * Private: the worker thread of the two-thread CSV writer (`_csvLinesParallel.ts`; a tsup entry of
 * its own, `dist/cli-lines-worker.js`): writes the lines it is sent and posts their chunks back
 * (the buffers transferred, not copied), or `{ ok: false }` on any error — the main thread then
 * writes those lines itself. Before its lines it may be sent a share of the details pass
 * (`DetailsTask`): it takes claims of units until none is left, and answers through the task's
 * shared control array, not by a message.
 */
import { parentPort } from "node:worker_threads";
import { collectGarbage } from "./_memory";
import { type DetailsTask, type LinesTask, runDetailsTask, runLinesTask } from "./_csvLinesParallel";

parentPort?.on("message", (task: LinesTask | DetailsTask) => {
  if ("kind" in task) {
    runDetailsTask(task);
    // the task's columns (hundreds of MB, shared) are freed only when no thread refers to them:
    // this thread's clone of the task goes at once (once this handler has let it go), not at
    // its next full collection
    setImmediate(collectGarbage);
    return;
  }
  try {
    const chunks = runLinesTask(task);
    parentPort?.postMessage({ ok: true, chunks }, chunks.map((c) => c.buffer as ArrayBuffer));
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: String(error) });
  }
});
