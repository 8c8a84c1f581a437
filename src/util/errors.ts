/**
 * Every `code` a RuvraftError can carry, in one table, with what it means. The same codes
 * travel in client responses (`ClientResponse.error.code`, src/proto/raft.proto), so a
 * program reacts to the code, whichever layer raised it.
 */
export const ERROR_CODES = {
  EABANDONED: "this node belongs to a configuration abandoned by --force-new-cluster",
  EAUTH: "handshake refused: the shared secret is wrong or missing",
  ECLOSED: "the log or the connection is closed",
  ECLUSTER: "handshake refused: the cluster id differs",
  ECOMPACTED: "the index was compacted into a snapshot",
  ECONFCHANGE: "the Raft core rejected a membership change",
  ECONFIG: "a configuration value is missing or out of range (the key is named)",
  ECORRUPT: "a damaged frame in a segment file (file and byte offset named)",
  EDATADIR: "the data directory cannot be used",
  EDROPPED: "the proposal certainly did not take effect: retrying it is safe",
  EENGINE: "the vector engine failed",
  EEXISTS: "bootstrap refused: the data directory or the peers already hold a cluster",
  EFAILED: "the log failed (a write or fsync) and refuses writes",
  EFIELDSTREAM: "malformed protobuf fields in a stream (byte offset named)",
  EFORMAT: "a segment file is not in the segment format",
  EFRAMETOOLARGE: "a frame's length prefix exceeds the receiver's frameBytesMax",
  EHANDSHAKE: "a connection's handshake failed",
  EHISTORY: "the linearizability checker got an invalid history",
  EINTERNAL: "the node hit a bug answering the request",
  EINVALID: "an argument or request out of its documented range",
  ELOCKED: "the data directory is locked by another process",
  EMALFORMED: "bytes that are not what they should be",
  ENOTFOUND: "no such collection, alias or vector",
  ENOTHELD: "the shard is not held by this node's engine",
  ENOTLEADER: "not the leader (the leader is named when known)",
  ENOTPRIMARY: "this node is not the shard's primary",
  ENOTSYNCED: "the shard is still being copied to this node",
  EOVERLOADED: "too much uncommitted data: retry later",
  EPARTITION: "the linearizability checker got an invalid partition",
  EPERM: "the credential lacks the right the request needs",
  EPROTOCOL: "a malformed frame or a protocol violation by the peer",
  EREJECTED: "the cluster or a metadata rule refused the request",
  ESEQUENCE: "segment files out of sequence",
  ESNAPOLD: "the snapshot is older than the current one",
  ESNAPSHOT: "a damaged snapshot file (file and byte offset named)",
  ESNAPSHOTSOURCE: "an outbound snapshot's file could not be read whole",
  ESTOPPED: "the node is stopped or stopping",
  ESTOREREPLACED:
    "a shard copy's store was made again, reinstated or synced since the copy began (it starts over)",
  ETIMEOUT: "the operation did not finish in time: its outcome is unknown",
  ETRANSFER: "the Raft core rejected a leadership transfer",
  EUNAVAILABLE: "the index, shard or node is unavailable",
  EUNKNOWN: "a peer answered with an error code this release does not know (named in the message)",
  EUNKNOWNNODE: "handshake refused: the node id is not a member",
  EVERSION: "handshake refused: another protocol version",
  EWRONGNODE: "handshake refused: the address reached another node id",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether `code` is in ERROR_CODES. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

/**
 * An error a peer or a node answered with (its code arrived over the wire): the code when it
 * is in ERROR_CODES, else EUNKNOWN with the unknown code leading the message (a newer release
 * may add codes).
 */
export function remoteError(
  code: string | null | undefined,
  fallback: ErrorCode,
  message: string,
): { code: ErrorCode; message: string } {
  if (code === undefined || code === null || code === "") return { code: fallback, message };
  if (isErrorCode(code)) return { code, message };
  return { code: "EUNKNOWN", message: `${code}: ${message}` };
}

/**
 * Typed operating errors. Every error names what went wrong and where (file and byte offset,
 * index, directory, config key) in its message and in fields a program can read.
 * `code` is stable and meant for programs; `message` is for people.
 */
export class RuvraftError extends Error {
  override name = "RuvraftError";
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** An argument or configuration value out of its documented range. */
export class InvalidArgumentError extends RuvraftError {
  override name = "InvalidArgumentError";
  constructor(message: string) {
    super("EINVALID", message);
  }
}

/**
 * Bytes that are not what they should be (a client's query, a command, a snapshot's content):
 * the message names what was being read and where it went wrong.
 */
export class MalformedDataError extends RuvraftError {
  override name = "MalformedDataError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("EMALFORMED", message, options);
  }
}

/**
 * A failed system call: Node's errors with an errno code such as EIO, ENOSPC or ENOENT (not
 * its ERR_* programmer errors). An operating error that arrives untyped (a disk, not a bug).
 */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as { code?: unknown } | undefined)?.code;
  return error instanceof Error && typeof code === "string" && /^E[A-Z0-9]+$/.test(code);
}

/**
 * True for an operating error: a typed RuvraftError or a failed system call. Anything else (an
 * AssertionError above all, or a TypeError) is a programmer error: it must stop the node.
 */
export function isOperatingError(error: unknown): boolean {
  return error instanceof RuvraftError || isSystemError(error);
}
