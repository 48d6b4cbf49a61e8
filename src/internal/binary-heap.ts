/**
 * A binary min-heap of dense indices keyed by a number, in typed arrays, with decrease-key: the
 * priority queue of Dijkstra's search. Nothing is allocated per push once built.
 */
export class IndexMinHeap {
  private readonly heap: Int32Array;
  private readonly key: Float64Array;
  /** position[i]: where index i sits in `heap`, or −1 when it is not queued. */
  private readonly position: Int32Array;
  private count = 0;

  /** A heap for indices 0 … capacity−1. */
  constructor(capacity: number) {
    this.heap = new Int32Array(capacity);
    this.key = new Float64Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  /** Number of queued indices. */
  get size(): number {
    return this.count;
  }

  /** Queues `index` with `key`, or lowers its key if it is queued with a larger one. */
  push(index: number, key: number): void {
    const at = this.position[index]!;
    if (at === -1) {
      this.key[index] = key;
      this.heap[this.count] = index;
      this.position[index] = this.count;
      this.siftUp(this.count++);
    } else if (key < this.key[index]!) {
      this.key[index] = key;
      this.siftUp(at);
    }
  }

  /** Removes and returns the index of least key (ties: whichever the heap holds first); −1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const top = this.heap[0]!;
    this.position[top] = -1;
    this.count--;
    if (this.count > 0) {
      const last = this.heap[this.count]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(from: number): void {
    const { heap, key, position } = this;
    const moving = heap[from]!;
    const movingKey = key[moving]!;
    let at = from;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = heap[parentAt]!;
      if (key[parent]! <= movingKey) break;
      heap[at] = parent;
      position[parent] = at;
      at = parentAt;
    }
    heap[at] = moving;
    position[moving] = at;
  }

  private siftDown(from: number): void {
    const { heap, key, position } = this;
    const count = this.count;
    const moving = heap[from]!;
    const movingKey = key[moving]!;
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      if (child + 1 < count && key[heap[child + 1]!]! < key[heap[child]!]!) child++;
      const childIndex = heap[child]!;
      if (key[childIndex]! >= movingKey) break;
      heap[at] = childIndex;
      position[childIndex] = at;
      at = child;
    }
    heap[at] = moving;
    position[moving] = at;
  }
}
