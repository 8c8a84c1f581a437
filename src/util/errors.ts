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
