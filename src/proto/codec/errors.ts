/**
 * What a decoder throws for a message whose bytes parse but whose values the program does not
 * take: `MalformedFrameError` (the connection that sent it is closed), and `checkU64`, the
 * check of a decoded u64 that every reader of a peer's message uses. Bytes that do not parse
 * at all are a WireFormatError (wire.ts).
 */
import { RuvraftError } from "../../util/errors.js";
import { smallInteger } from "../../util/small-integer.js";

/** A frame that is not a valid Envelope, or holds out-of-range values (ids, terms, enums). */
export class MalformedFrameError extends RuvraftError {
  override name = "MalformedFrameError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("EPROTOCOL", `malformed frame: ${message}`, options);
  }
}

/** Checks a decoded u64: a safe integer (protobufjs yields numbers beyond 2^53 rounded). */
export function checkU64(value: number | null | undefined, what: string): number {
  const number = value ?? 0;
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new MalformedFrameError(`${what} is not a safe non-negative integer: ${number}`);
  }
  return smallInteger(number);
}
