import { assert } from "../../util/assert.js";

/** A node index meaning "no node". */
export const NO_NODE = -1;
/** The sentinel node in front of the list; it belongs to no operation. */
export const HEAD_NODE = 0;

/** The call and return times of one operation, indexed by operation id. */
export interface OperationInterval {
  readonly call: number;
  readonly return: number;
}

/**
 * The entry list of Wing & Gong (as in porcupine): every operation contributes a call entry
 * and a return entry, sorted by time, in one doubly linked list behind a head sentinel.
 * An operation can be linearized next exactly when its call entry comes before the first
 * return entry of the list: no operation still in the list returned before it was called.
 *
 * `lift` unlinks an operation's two entries when it is linearized; `unlift` relinks them
 * when the search backtracks. Lifts and unlifts MUST be LIFO (a stack), which is what lets
 * unlift restore the links from the unlinked node's own, untouched, next/prev fields.
 *
 * Ties: at equal times, calls sort before returns, so `A.return === B.call` makes A and B
 * concurrent (the lenient reading). Remaining ties sort by operation id, for determinism.
 *
 * Storage is typed arrays indexed by node: node 0 is the head, nodes 1..2n are entries.
 * Invariant: `match[callNode]` is its return node; `match[returnNode] === NO_NODE`.
 */
export class EntryList {
  readonly operationCount: number;
  readonly next: Int32Array;
  readonly previous: Int32Array;
  readonly match: Int32Array;
  readonly operationId: Int32Array;

  constructor(intervals: readonly OperationInterval[]) {
    const operationCount = intervals.length;
    const nodeCount = 2 * operationCount + 1;
    this.operationCount = operationCount;
    this.next = new Int32Array(nodeCount).fill(NO_NODE);
    this.previous = new Int32Array(nodeCount).fill(NO_NODE);
    this.match = new Int32Array(nodeCount).fill(NO_NODE);
    this.operationId = new Int32Array(nodeCount).fill(NO_NODE);
    this.link(sortedEntries(intervals));
  }

  isCall(node: number): boolean {
    return this.match[node]! !== NO_NODE;
  }

  /** Unlinks the operation whose call entry is `callNode` (and its return entry). */
  lift(callNode: number): void {
    assert(this.isCall(callNode), "lift takes a call entry");
    const next = this.next;
    const previous = this.previous;
    // A call entry always has a successor: at least its own return entry.
    next[previous[callNode]!] = next[callNode]!;
    previous[next[callNode]!] = previous[callNode]!;
    const returnNode = this.match[callNode]!;
    next[previous[returnNode]!] = next[returnNode]!;
    if (next[returnNode]! !== NO_NODE) previous[next[returnNode]!] = previous[returnNode]!;
  }

  /** Undoes the most recent `lift`, which MUST have been `lift(callNode)`. */
  unlift(callNode: number): void {
    assert(this.isCall(callNode), "unlift takes a call entry");
    const next = this.next;
    const previous = this.previous;
    const returnNode = this.match[callNode]!;
    next[previous[returnNode]!] = returnNode;
    if (next[returnNode]! !== NO_NODE) previous[next[returnNode]!] = returnNode;
    next[previous[callNode]!] = callNode;
    previous[next[callNode]!] = callNode;
  }

  private link(sorted: readonly SortedEntry[]): void {
    const callNodeOf = new Int32Array(this.operationCount).fill(NO_NODE);
    let previousNode = HEAD_NODE;
    for (let position = 0; position < sorted.length; position++) {
      const entry = sorted[position]!;
      const node = position + 1;
      this.operationId[node] = entry.operationId;
      this.previous[node] = previousNode;
      this.next[previousNode] = node;
      previousNode = node;
      if (entry.isCall) {
        callNodeOf[entry.operationId] = node;
      } else {
        const callNode = callNodeOf[entry.operationId]!;
        assert(callNode !== NO_NODE, "a call entry sorts before its return entry");
        this.match[callNode] = node;
      }
    }
  }
}

interface SortedEntry {
  readonly time: number;
  readonly isCall: boolean;
  readonly operationId: number;
}

/** All entries in list order; see the tie rules on EntryList. */
export function sortedEntries(intervals: readonly OperationInterval[]): SortedEntry[] {
  const entries: SortedEntry[] = [];
  for (let operationId = 0; operationId < intervals.length; operationId++) {
    const interval = intervals[operationId]!;
    assert(interval.call < interval.return, "call < return");
    entries.push({ time: interval.call, isCall: true, operationId });
    entries.push({ time: interval.return, isCall: false, operationId });
  }
  entries.sort(compareEntries);
  return entries;
}

function compareEntries(left: SortedEntry, right: SortedEntry): number {
  if (left.time !== right.time) return left.time < right.time ? -1 : 1;
  if (left.isCall !== right.isCall) return left.isCall ? -1 : 1;
  return left.operationId - right.operationId;
}
