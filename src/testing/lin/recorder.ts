import { InvalidHistoryError } from "./errors.js";
import { type Operation, type UnknownOutput, unknownOutput } from "./types.js";

interface PendingOperation<Input, Output> {
  client: number;
  input: Input;
  output: Output | UnknownOutput;
  call: number;
  return: number;
}

/**
 * Records a history as it happens, stamping times itself from a logical clock: a counter
 * that advances on every `call` and `complete`. The recorded real-time order is therefore
 * exactly the order in which the recorder saw the events, with no ties, which is what a
 * deterministic simulation or a single Node.js process driving many clients wants.
 *
 * An operation never completed (timed out, connection lost, process killed) appears in
 * `history()` with an unknown outcome (`output: unknownOutput`, `return: Infinity`). To
 * record a timeout, simply never call `complete` for it.
 */
export class HistoryRecorder<Input, Output> {
  private readonly operationsMax: number;
  private readonly operations: PendingOperation<Input, Output>[] = [];
  private clock = 0;

  constructor(options: { operationsMax: number } = { operationsMax: 1_000_000 }) {
    if (!Number.isSafeInteger(options.operationsMax) || options.operationsMax <= 0) {
      throw new InvalidHistoryError(
        -1,
        `operationsMax must be positive, got ${options.operationsMax}`,
      );
    }
    this.operationsMax = options.operationsMax;
  }

  /** Records that `client` sent `input`; returns the handle to pass to `complete`. */
  call(client: number, input: Input): number {
    if (this.operations.length >= this.operationsMax) {
      throw new InvalidHistoryError(-1, `more than operationsMax ${this.operationsMax} operations`);
    }
    if (!Number.isSafeInteger(client) || client < 0) {
      throw new InvalidHistoryError(this.operations.length, `bad client ${client}`);
    }
    this.clock++;
    const operation: PendingOperation<Input, Output> = {
      client,
      input,
      output: unknownOutput,
      call: this.clock,
      return: Number.POSITIVE_INFINITY,
    };
    this.operations.push(operation);
    return this.operations.length - 1;
  }

  /** Records the response to the call with `handle`. At most once per handle. */
  complete(handle: number, output: Output): void {
    const operation = this.operations[handle];
    if (operation === undefined) {
      throw new InvalidHistoryError(handle, `no operation with handle ${handle}`);
    }
    if (operation.output !== unknownOutput) {
      throw new InvalidHistoryError(handle, `operation ${handle} is already complete`);
    }
    this.clock++;
    operation.output = output;
    operation.return = this.clock;
  }

  /** A copy of the history so far; operations not completed have unknown outcomes. */
  history(): Operation<Input, Output>[] {
    return this.operations.map((operation) => ({ ...operation }));
  }
}
