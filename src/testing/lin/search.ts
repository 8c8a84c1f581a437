import { assert } from "../../util/assert.js";
import { fmix32 } from "../../util/fmix32.js";
import { Bitset, zobristKey } from "./bitset.js";
import { EntryList, HEAD_NODE, NO_NODE } from "./entries.js";
import { type Model, type Operation, unknownOutput } from "./types.js";

/**
 * Estimated bytes of one cache entry besides its bitset words (object headers, the array
 * slot, the map bucket). The model's state is not counted: its size is the model's business.
 */
const CACHE_ENTRY_OVERHEAD_BYTES = 96;

export interface SearchLimits {
  /** Main-loop iterations before giving up with "unknown". */
  readonly searchStepsMax: number;
  /** Estimated bytes of the memoization cache before giving up with "unknown". */
  readonly cacheBytesMax: number;
}

export type UnknownReason = "search-steps" | "cache-bytes";

/** Operation ids below are local: indexes into the `operations` given to `searchPartition`. */
export type SearchOutcome =
  | {
      readonly verdict: "linearizable";
      /** The operations that took effect, in linearization order. */
      readonly linearization: readonly number[];
      readonly searchStepCount: number;
    }
  | {
      readonly verdict: "not-linearizable";
      /** The longest linearizable prefix the search found, in linearization order. */
      readonly longestPrefix: readonly number[];
      readonly searchStepCount: number;
    }
  | {
      readonly verdict: "unknown";
      readonly reason: UnknownReason;
      readonly longestPrefix: readonly number[];
      readonly searchStepCount: number;
    };

interface CacheEntry<State> {
  readonly linearized: Bitset;
  readonly state: State;
}

interface Frame<State> {
  readonly callNode: number;
  /** The state before this frame's operation was applied. */
  readonly stateBefore: State;
}

/**
 * Decides whether one partition's history is linearizable: the Wing & Gong search with
 * Lowe's memoization, as in porcupine's `checkSingle`.
 *
 * Walk the entry list from the front. At a call entry, ask the model to apply the operation
 * to the current state; if it accepts and the pair (set of linearized operations, new state)
 * was never seen before, remember the pair, push a frame, lift the operation out of the list
 * and restart from the front. Otherwise move on to the next entry. Reaching a return entry
 * means no remaining operation can go next (that operation had to be linearized before
 * anything called after its return): pop the last frame, unlift it, and try the entry after
 * it. An empty stack at a return entry means no linearization exists. Success is declared
 * once every operation with a known outcome is linearized: the remaining operations have
 * unknown outcomes and are taken never to have happened.
 *
 * Bounds: the explicit stack holds at most n frames (no recursion); every iteration counts
 * as a search step, and at most `searchStepsMax` are taken. Each step adds at most one cache
 * entry of ceil(n / 32) words; the estimated cache size is kept under `cacheBytesMax`.
 * The worst case is exponential in the number of mutually concurrent operations (the
 * problem is NP-complete), which is what the bounds are for; histories where few
 * operations overlap take about O(n * concurrency) steps. An unknown-outcome operation
 * overlaps everything called after it, so each one pending adds to the concurrency for
 * the rest of the partition.
 */
export class PartitionSearch<State, Input, Output> {
  private readonly model: Model<State, Input, Output>;
  private readonly operations: readonly Operation<Input, Output>[];
  private readonly limits: SearchLimits;
  private readonly entries: EntryList;
  private readonly linearized: Bitset;
  private readonly cache = new Map<number, CacheEntry<State>[]>();
  private readonly stack: Frame<State>[] = [];
  private readonly knownCount: number;
  private cacheBytes = 0;
  private linearizedHash = 0;
  private knownLinearizedCount = 0;
  private state: State;
  private longestPrefix: number[] = [];

  constructor(options: {
    model: Model<State, Input, Output>;
    operations: readonly Operation<Input, Output>[];
    limits: SearchLimits;
  }) {
    this.model = options.model;
    this.operations = options.operations;
    this.limits = options.limits;
    this.entries = new EntryList(options.operations);
    this.linearized = new Bitset(options.operations.length);
    this.knownCount = options.operations.filter((op) => op.output !== unknownOutput).length;
    this.state = options.model.init();
  }

  run(): SearchOutcome {
    let node = this.entries.next[HEAD_NODE]!;
    for (let searchStepCount = 0; ; searchStepCount++) {
      if (this.knownLinearizedCount === this.knownCount) {
        return { verdict: "linearizable", linearization: this.prefix(), searchStepCount };
      }
      if (searchStepCount >= this.limits.searchStepsMax) {
        return this.giveUp("search-steps", searchStepCount);
      }
      if (this.cacheBytes > this.limits.cacheBytesMax) {
        return this.giveUp("cache-bytes", searchStepCount);
      }
      assert(node !== NO_NODE, "the walk stops at a return entry before the end of the list");
      if (this.entries.isCall(node)) {
        node = this.tryLinearize(node) ? this.entries.next[HEAD_NODE]! : this.entries.next[node]!;
      } else if (this.stack.length === 0) {
        const longestPrefix = this.longestPrefix;
        return { verdict: "not-linearizable", longestPrefix, searchStepCount };
      } else {
        node = this.entries.next[this.backtrack()]!;
      }
    }
  }

  /** Linearizes the operation of `callNode` next if the model accepts it and it is new. */
  private tryLinearize(callNode: number): boolean {
    const operationId = this.entries.operationId[callNode]!;
    const operation = this.operations[operationId]!;
    const result = this.model.step(this.state, operation.input, operation.output);
    if (!result.ok) return false;
    this.linearized.set(operationId);
    const linearizedHash = (this.linearizedHash ^ zobristKey(operationId)) >>> 0;
    if (!this.remember(linearizedHash, result.newState)) {
      this.linearized.clear(operationId);
      return false;
    }
    this.stack.push({ callNode, stateBefore: this.state });
    this.state = result.newState;
    this.linearizedHash = linearizedHash;
    if (operation.output !== unknownOutput) this.knownLinearizedCount++;
    this.entries.lift(callNode);
    return true;
  }

  /** Pops the last frame and relinks its operation; returns that operation's call node. */
  private backtrack(): number {
    this.recordLongestPrefix();
    const frame = this.stack.pop();
    assert(frame !== undefined, "backtrack needs a frame");
    const operationId = this.entries.operationId[frame.callNode]!;
    const operation = this.operations[operationId]!;
    this.entries.unlift(frame.callNode);
    this.linearized.clear(operationId);
    this.linearizedHash = (this.linearizedHash ^ zobristKey(operationId)) >>> 0;
    if (operation.output !== unknownOutput) this.knownLinearizedCount--;
    this.state = frame.stateBefore;
    return frame.callNode;
  }

  /**
   * Adds (current linearized set, state) to the cache; false if it was already there, which
   * means that configuration was explored before and led nowhere.
   */
  private remember(linearizedHash: number, state: State): boolean {
    const key = (linearizedHash ^ fmix32(this.model.hashState(state))) >>> 0;
    const bucket = this.cache.get(key);
    if (bucket !== undefined) {
      for (const entry of bucket) {
        if (entry.linearized.equals(this.linearized) && this.model.equalState(entry.state, state)) {
          return false;
        }
      }
    }
    const entry = { linearized: this.linearized.clone(), state };
    if (bucket === undefined) this.cache.set(key, [entry]);
    else bucket.push(entry);
    this.cacheBytes += entry.linearized.sizeBytes + CACHE_ENTRY_OVERHEAD_BYTES;
    return true;
  }

  /**
   * Keeps the current stack if it is the longest prefix so far. Called only at dead ends
   * (and when giving up), so a search that never backtracks copies nothing; the total
   * copying is at most n^2 / 2 ids, paid only by histories that backtrack deep and often.
   */
  private recordLongestPrefix(): void {
    if (this.stack.length > this.longestPrefix.length) this.longestPrefix = this.prefix();
  }

  private prefix(): number[] {
    return this.stack.map((frame) => this.entries.operationId[frame.callNode]!);
  }

  private giveUp(reason: UnknownReason, searchStepCount: number): SearchOutcome {
    this.recordLongestPrefix();
    return { verdict: "unknown", reason, longestPrefix: this.longestPrefix, searchStepCount };
  }
}
