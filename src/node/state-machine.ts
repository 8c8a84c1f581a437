/**
 * What an application plugs into RaftNode. Apply is called once per committed command, in log
 * order, on every replica: it must be deterministic (no clock, no randomness, no I/O) so that
 * every replica reaches the same state.
 */
export interface AppliedEntry<Command> {
  /** Log index and term of the entry. */
  index: number;
  term: number;
  command: Command;
}

export interface StateMachine<Command, Response, Query = Command> {
  /** Applies a committed command and returns its response (sent to the proposer). */
  apply(entry: AppliedEntry<Command>): Response;
  /** Answers a read against the current state (after ReadIndex made it linearizable). */
  query(query: Query): Response;
  /**
   * The whole state as of now (the applied index), as a stream of byte chunks of any size.
   * Called between two applies; the chunks are read afterwards, in the background, while
   * apply goes on (the node writes them to a snapshot file chunk by chunk, never holding the
   * whole snapshot). So this call must capture the state synchronously, and the chunks must
   * not show later applies: e.g. copy references to immutable values now and encode them
   * lazily (a generator function's body runs only when first iterated: capture before it).
   * The built-in state machines show how. Another `snapshot()` may be taken only after the
   * previous one was read to its end or abandoned.
   */
  snapshot(): SnapshotChunks;
  /**
   * Replaces the whole state with a snapshot's bytes, read as a stream: the chunks are cut
   * anywhere (not where snapshot() cut them). Only called with data that passed its
   * checksums. Build the new state aside and swap it in at the end; a rejection stops the
   * node (its state would be unknown).
   */
  restore(chunks: SnapshotChunks): Promise<void>;
}

/** A snapshot's bytes, chunk by chunk (chunks may be empty). */
export type SnapshotChunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** How commands, queries and responses travel as bytes (in the log and on the wire). */
export interface StateMachineCodec<Command, Response, Query = Command> {
  encodeCommand(command: Command): Uint8Array;
  decodeCommand(bytes: Uint8Array): Command;
  encodeQuery(query: Query): Uint8Array;
  decodeQuery(bytes: Uint8Array): Query;
  encodeResponse(response: Response): Uint8Array;
  decodeResponse(bytes: Uint8Array): Response;
}

/**
 * All of a snapshot's chunks in one buffer: for a state machine whose state is small enough to
 * decode in one piece (`restore(chunks) { this.state = decode(await collectChunks(chunks)) }`).
 */
export async function collectChunks(chunks: SnapshotChunks): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/**
 * `machine` with `observe` called after each apply, with the entry and its response (tools
 * that replay a log and want each event's outcome; tests that record the state per index).
 */
export function observeApplies<Command, Response, Query>(
  machine: StateMachine<Command, Response, Query>,
  observe: (entry: AppliedEntry<Command>, response: Response) => void,
): StateMachine<Command, Response, Query> {
  return {
    apply: (entry) => {
      const response = machine.apply(entry);
      observe(entry, response);
      return response;
    },
    query: (query) => machine.query(query),
    snapshot: () => machine.snapshot(),
    restore: (chunks) => machine.restore(chunks),
  };
}
