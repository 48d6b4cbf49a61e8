/**
 * The `workers` option of the all-pairs measures: how many threads share their sources.
 *
 * @packageDocumentation
 */
import { defaultWorkers } from "../internal/worker-threads.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, rulePositiveInteger } from "../model/option-errors.js";

/** Options of a measure whose sources can be split over threads. */
export interface WorkersOptions {
  /**
   * Threads to use, the calling one included: the sources are split over `workers − 1` worker threads
   * and the calling thread, which waits (synchronously, `Atomics.wait`) until all are done. Values are
   * identical, bit for bit, whatever the number. Small jobs stay on one thread (starting a worker
   * costs about as much as 2·10⁷ tie visits). In Node the threads come from `node:worker_threads`,
   * reached through `process.getBuiltinModule` so the light core imports no `node:` module; where that
   * is missing (a browser, whose main thread may not block) the work runs on the calling thread.
   * @defaultValue the machine's available parallelism in Node (`os.availableParallelism()`), 1 in a browser
   */
  workers?: number;
}

/**
 * The number of threads for `workers` (its default when undefined).
 *
 * @throws {@link InvalidOptionError} when `workers` is not a positive integer.
 */
export function workersOf(fn: string, workers: number | undefined): number {
  if (workers === undefined) return defaultWorkers();
  if (!Number.isInteger(workers) || workers < 1) {
    throw mustBe(fn, "workers", String(workers), rulePositiveInteger());
  }
  return workers;
}
