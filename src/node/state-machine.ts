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
  /** The whole state, as bytes (taken at an applied index; restored on other replicas). */
  snapshot(): Uint8Array;
  /** Replaces the whole state with a snapshot's bytes. */
  restore(snapshot: Uint8Array): void;
}

/** How commands, queries and responses travel as bytes (in the log and on the wire). */
export interface StateMachineCodec<Command, Response, Query = Command> {
  encodeCommand(command: Command): Uint8Array;
  decodeCommand(bytes: Uint8Array): Command;
  encodeQuery(query: Query): Uint8Array;
  decodeQuery(bytes: Uint8Array): Query;
  encodeResponse(response: Response): Uint8Array;
  decodeResponse(bytes: Uint8Array): Response;
}
