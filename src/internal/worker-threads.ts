/**
 * All cores for all-pairs work, behind synchronous functions: a job is cut into a fixed number of blocks
 * (independent of the number of threads), the calling thread and `threads − 1` worker threads claim
 * blocks from a shared counter, and the caller blocks with `Atomics.wait` until every block is done
 * (the technique of synckit). Inputs and outputs are typed arrays shared through SharedArrayBuffer.
 *
 * Why this shape:
 * - The light core must not import `node:*` statically, so `node:worker_threads` and `node:os` are
 *   reached through `process.getBuiltinModule` (Node ≥ 20.16) behind a feature check. Where it is missing
 *   (a browser, where the main thread may not block in `Atomics.wait` anyway) the blocks run one after
 *   another on the calling thread, which gives the same values.
 * - A worker runs the kernel's own source text, `new Worker(code, { eval: true })`, so there is no worker
 *   file to resolve from src/, dist/ESM or dist/CJS. A kernel is therefore self-contained: it reads only
 *   its arguments and globals (typed arrays, Math), calls no other function of the package and declares
 *   no named inner function (a bundler could add a helper call to it).
 * - Results do not depend on the number of threads: a kernel writes only its block's part of the output,
 *   and whatever is summed across blocks is summed by the caller in block order.
 * - Every byte here is in the browser's core bundle, though a browser never starts a thread: the code is
 *   kept short on purpose.
 *
 * @packageDocumentation
 */

/** A typed array a kernel reads or writes. */
export type KernelArray = Int32Array | Float64Array | Uint8Array | Uint16Array;

/** A kernel's arguments: typed arrays and numbers only, so they can be shared with a worker. */
export type KernelInput = Readonly<Record<string, KernelArray | number>>;

/**
 * A self-contained kernel: computes block `block` of the job from `input`, writing only its block's part
 * of the output arrays.
 */
export type BlockKernel<Input extends KernelInput> = (input: Input, block: number) => void;

type WorkerConstructor = new (
  code: string,
  options: { eval: true; workerData: unknown },
) => { unref(): void; terminate(): unknown };

/** A Node built-in module reached without a static import, or undefined outside Node. */
function nodeModule<T>(id: string): Partial<T> | undefined {
  return (globalThis as { process?: { getBuiltinModule?: (id: string) => T } }).process?.getBuiltinModule?.(
    id,
  );
}

function workerConstructor(): WorkerConstructor | undefined {
  return nodeModule<{ Worker: WorkerConstructor }>("node:worker_threads")?.Worker;
}

/**
 * The default of every `workers` option: the machine's available parallelism in Node
 * (`os.availableParallelism()`), 1 where worker threads cannot be reached synchronously (a browser).
 */
export function defaultWorkers(): number {
  const parallelism = nodeModule<{ availableParallelism: () => number }>("node:os")?.availableParallelism;
  return workerConstructor() === undefined || parallelism === undefined ? 1 : Math.max(1, parallelism());
}

/**
 * Edge visits below which one more thread costs more than it saves: starting a worker takes tens of
 * milliseconds, about the time of 2·10⁷ visits.
 */
const MIN_WORK_PER_THREAD = 2e7;

/**
 * How many threads to use for a job of `blockCount` blocks and about `work` edge visits, given the
 * `workers` option: never more than the blocks, never a thread with too little to do, and 1 where
 * worker threads are out of reach.
 */
export function threadsFor(workers: number, blockCount: number, work: number): number {
  const threads = Math.min(workers, blockCount, Math.floor(work / MIN_WORK_PER_THREAD));
  return threads > 1 && workerConstructor() !== undefined ? threads : 1;
}

/**
 * The worker's program: claim blocks from `c[0]` until none is left, mark a failure in `c[2]`, count
 * itself finished in `c[1]`. Only the kernel's source is pasted in; nothing of the package is loaded.
 */
function workerProgram(kernelSource: string): string {
  return `const{input:i,control:c,blockCount:n}=require("node:worker_threads").workerData,k=(${kernelSource});try{for(let b;(b=Atomics.add(c,0,1))<n;)k(i,b)}catch{c[2]=1}Atomics.add(c,1,1);Atomics.notify(c,1)`;
}

/**
 * Runs blocks 0 … `blockCount − 1` of `kernel` on `threads` threads (the calling one included) and
 * returns when all are done; the arrays named in `outputs` then hold the results (copied back from
 * shared memory, unless they were in shared memory already). Synchronous: in Node the caller blocks in `Atomics.wait` while workers finish. With
 * one thread, or without worker threads, the blocks run in order on the calling thread.
 *
 * @throws Error when a worker thread failed (its block is then missing).
 */
export function runBlocks<Input extends KernelInput>(
  kernel: BlockKernel<Input>,
  input: Input,
  outputs: readonly (keyof Input & string)[],
  blockCount: number,
  threads: number,
): void {
  const Worker = threads > 1 ? workerConstructor() : undefined;
  const shared: Record<string, KernelArray | number> = {};
  for (const key in input) {
    const value = input[key]!;
    // An array already in shared memory is shared as it is: a large output need not be copied twice.
    if (Worker === undefined || typeof value === "number" || value.buffer instanceof SharedArrayBuffer) {
      shared[key] = value;
    } else {
      const copy = new (value.constructor as new (buffer: SharedArrayBuffer) => KernelArray)(
        new SharedArrayBuffer(value.byteLength),
      );
      copy.set(value);
      shared[key] = copy;
    }
  }
  const control = Worker === undefined ? new Int32Array(3) : new Int32Array(new SharedArrayBuffer(12));
  const workers: InstanceType<WorkerConstructor>[] = [];
  const program = workerProgram(kernel.toString());
  for (let w = 1; Worker !== undefined && w < threads; w++) {
    const worker = new Worker(program, { eval: true, workerData: { input: shared, control, blockCount } });
    // A worker left running must not keep the process alive.
    worker.unref();
    workers.push(worker);
  }
  for (let block = Atomics.add(control, 0, 1); block < blockCount; block = Atomics.add(control, 0, 1)) {
    kernel(shared as Input, block);
  }
  for (
    let finished = Atomics.load(control, 1);
    finished < workers.length;
    finished = Atomics.load(control, 1)
  ) {
    Atomics.wait(control, 1, finished);
  }
  for (const worker of workers) worker.terminate();
  if (control[2] !== 0) throw new Error("ecoweave: a worker thread failed");
  if (Worker !== undefined)
    for (const key of outputs) (input[key] as KernelArray).set(shared[key] as KernelArray);
}

/** A zeroed typed array of `length` elements, in shared memory when `threads` > 1 (so no copy is made). */
export function outputArray<T extends KernelArray>(
  kind: new (buffer: ArrayBufferLike) => T & { BYTES_PER_ELEMENT: number },
  length: number,
  threads: number,
): T {
  const bytes = length * (kind as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  return new kind(threads > 1 ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}
