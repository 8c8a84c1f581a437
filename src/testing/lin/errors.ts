import { RuvraftError } from "../../util/errors.js";

/**
 * The history breaks the documented format (see types.ts): a time that is not a number,
 * `call >= return`, an unknown-outcome marker without the other, a bad client, or more
 * operations than the configured maximum. `operationIndex` is -1 when the history as a
 * whole is at fault.
 */
export class InvalidHistoryError extends RuvraftError {
  override name = "InvalidHistoryError";
  readonly operationIndex: number;
  constructor(operationIndex: number, message: string) {
    super("EHISTORY", `invalid history: ${message}`);
    this.operationIndex = operationIndex;
  }
}

/**
 * `Model.partition` did not return a partition of the history: an index out of range, an
 * index in two partitions, or an operation in none.
 */
export class InvalidPartitionError extends RuvraftError {
  override name = "InvalidPartitionError";
  constructor(message: string) {
    super("EPARTITION", `invalid partition: ${message}`);
  }
}

/** A checker option out of its documented range. */
export class InvalidCheckOptionError extends RuvraftError {
  override name = "InvalidCheckOptionError";
  readonly option: string;
  constructor(option: string, message: string) {
    super("EINVALID", `invalid option ${option}: ${message}`);
    this.option = option;
  }
}
