/**
 * Typed operating errors. Every error names what went wrong and where (file and byte offset,
 * index, directory, config key) in its message and in fields a program can read.
 * `code` is stable and meant for programs; `message` is for people.
 */
export class RuvraftError extends Error {
  override name = "RuvraftError";
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
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
