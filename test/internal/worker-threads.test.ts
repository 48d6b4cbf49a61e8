// The thread runner behind the `workers` option: blocks really run on several threads, the values do
// not depend on how many, and without worker threads (a browser) everything runs on the caller.
import { afterEach, describe, expect, it } from "vitest";
import {
  type BlockKernel,
  defaultWorkers,
  runBlocks,
  threadsFor,
} from "../../src/internal/worker-threads.js";

interface BarrierInput {
  readonly [key: string]: Int32Array | number;
  readonly threads: number;
  readonly arrived: Int32Array;
  readonly threadIds: Int32Array;
}

/**
 * The first `threads` blocks wait for each other (up to 20 s): they can only all arrive in time if
 * that many threads run at once. Each block records the thread that ran it, and whether the barrier
 * was met, as id + 1 or −(id + 1).
 */
const barrierBlock: BlockKernel<BarrierInput> = function barrierBlock(input, block) {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const threads = runtime?.getBuiltinModule?.("node:worker_threads") as { threadId: number };
  let met = true;
  if (block < input.threads) {
    Atomics.add(input.arrived, 0, 1);
    Atomics.notify(input.arrived, 0);
    const deadline = Date.now() + 20_000;
    for (
      let seen = Atomics.load(input.arrived, 0);
      seen < input.threads;
      seen = Atomics.load(input.arrived, 0)
    ) {
      if (Date.now() > deadline) {
        met = false;
        break;
      }
      Atomics.wait(input.arrived, 0, seen, 50);
    }
  }
  input.threadIds[block] = met ? threads.threadId + 1 : -(threads.threadId + 1);
};

function barrierInput(threads: number, blocks: number): BarrierInput {
  return {
    threads,
    arrived: new Int32Array(new SharedArrayBuffer(4)),
    threadIds: new Int32Array(blocks),
  };
}

const originalGetBuiltinModule = process.getBuiltinModule;

function hideWorkerThreads(): void {
  Object.defineProperty(process, "getBuiltinModule", {
    value: undefined,
    configurable: true,
    writable: true,
  });
}

afterEach(() => {
  Object.defineProperty(process, "getBuiltinModule", {
    value: originalGetBuiltinModule,
    configurable: true,
    writable: true,
  });
});

describe("runBlocks", () => {
  it("runs blocks on as many threads at once as asked, and copies the outputs back", () => {
    const input = barrierInput(3, 12);
    runBlocks(barrierBlock, input, ["threadIds"], 12, 3);
    const first = [...input.threadIds.subarray(0, 3)];
    expect(first.every((id) => id > 0)).toBe(true);
    expect(new Set(first).size).toBe(3);
    expect(input.threadIds.every((id) => id !== 0)).toBe(true);
  }, 120_000);

  it("runs every block on the calling thread when worker threads are out of reach", () => {
    hideWorkerThreads();
    expect(defaultWorkers()).toBe(1);
    expect(threadsFor(8, 64, 1e12)).toBe(1);
    const ran: number[] = [];
    runBlocks<{ readonly [key: string]: number }>(
      (_input, block) => {
        ran.push(block);
      },
      { size: 5 },
      [],
      5,
      4,
    );
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("threadsFor", () => {
  it("uses no more threads than asked, than blocks, or than the work pays for", () => {
    expect(threadsFor(4, 64, 1e12)).toBe(4);
    expect(threadsFor(4, 2, 1e12)).toBe(2);
    expect(threadsFor(4, 64, 5e7)).toBe(2);
    expect(threadsFor(4, 64, 1e6)).toBe(1);
    expect(threadsFor(1, 64, 1e12)).toBe(1);
  });

  it("defaults to the machine's parallelism in Node", async () => {
    const os = await import("node:os");
    expect(defaultWorkers()).toBe(os.availableParallelism());
  });
});
