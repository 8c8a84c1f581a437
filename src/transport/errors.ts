/**
 * Operating errors of the transport. Every one extends RuvraftError (a stable `code` for
 * programs, a `message` for people), sets `name`, and carries the underlying `cause` when
 * there is one. Broken invariants are AssertionError (src/util/assert.ts), never these.
 */
import { RuvraftError } from "../util/errors.js";

/** A length prefix above the receiver's `frameBytesMax`: the connection is closed. */
export class FrameTooLargeError extends RuvraftError {
  override name = "FrameTooLargeError";
  readonly lengthBytes: number;
  readonly frameBytesMax: number;
  constructor(lengthBytes: number, frameBytesMax: number) {
    super(
      "EFRAMETOOLARGE",
      `frame of ${lengthBytes} bytes exceeds the maximum of ${frameBytesMax} bytes`,
    );
    this.lengthBytes = lengthBytes;
    this.frameBytesMax = frameBytesMax;
  }
}

/** A well-formed frame that is not allowed at this point of the conversation. */
export class ProtocolError extends RuvraftError {
  override name = "ProtocolError";
  constructor(message: string) {
    super("EPROTOCOL", `protocol error: ${message}`);
  }
}

/**
 * A handshake that failed: refused by this side or by the remote (`remote` true when the
 * other side sent a Goodbye). `reasonCode` is the Goodbye code (EVERSION, ECLUSTER,
 * EUNKNOWNNODE, EWRONGNODE, EAUTH, ...).
 */
export class HandshakeError extends RuvraftError {
  override name = "HandshakeError";
  readonly reasonCode: string;
  readonly remote: boolean;
  constructor(reasonCode: string, reason: string, remote: boolean) {
    super(
      "EHANDSHAKE",
      remote ? `handshake refused by the remote: ${reason}` : `handshake refused: ${reason}`,
    );
    this.reasonCode = reasonCode;
    this.remote = remote;
  }
}

/** A request or a connection attempt that did not complete in time. */
export class RequestTimeoutError extends RuvraftError {
  override name = "RequestTimeoutError";
  readonly timeoutMs: number;
  constructor(what: string, timeoutMs: number) {
    super("ETIMEOUT", `${what} timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The connection closed (or could not be opened) before the operation completed. */
export class ConnectionClosedError extends RuvraftError {
  override name = "ConnectionClosedError";
  constructor(reason: string, options?: { cause?: unknown }) {
    super("ECLOSED", `connection closed: ${reason}`, options);
  }
}

/**
 * An outbound snapshot's data file could not be opened or read whole: `file` and the byte
 * `offsetBytes` say where. The stream is aborted and reported as failed; the node keeps going.
 */
export class SnapshotSourceError extends RuvraftError {
  override name = "SnapshotSourceError";
  readonly file: string;
  readonly offsetBytes: number;
  constructor(file: string, offsetBytes: number, reason: string, options?: { cause?: unknown }) {
    super(
      "ESNAPSHOTSOURCE",
      `snapshot file ${file} at byte offset ${offsetBytes}: ${reason}`,
      options,
    );
    this.file = file;
    this.offsetBytes = offsetBytes;
  }
}
