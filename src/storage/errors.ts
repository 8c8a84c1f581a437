/**
 * Operating errors of the storage layer. Each names the file, byte offset and index (or the
 * directory) it is about, both in its message and in fields.
 */
import { RuvraftError } from "../util/errors.js";

/** A frame or header failed its checks where a torn write cannot explain it. */
export class LogCorruptionError extends RuvraftError {
  override name = "LogCorruptionError";
  constructor(
    readonly file: string,
    readonly offsetBytes: number,
    readonly index: number,
    readonly reason: string,
  ) {
    super(
      "ECORRUPT",
      `corrupt segment ${file} at byte offset ${offsetBytes} (entry index ${index}): ${reason}`,
    );
  }
}

/** A file in the data directory is not a segment this version can read. */
export class SegmentFormatError extends RuvraftError {
  override name = "SegmentFormatError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super("EFORMAT", `segment ${file}: ${reason}`);
  }
}

/** The segments do not form one contiguous log (a gap, an overlap, a duplicate). */
export class SegmentSequenceError extends RuvraftError {
  override name = "SegmentSequenceError";
  constructor(
    readonly files: readonly string[],
    readonly reason: string,
  ) {
    super("ESEQUENCE", `segments ${files.join(", ")}: ${reason}`);
  }
}

/** The data directory cannot be created, listed or read. */
export class DataDirectoryError extends RuvraftError {
  override name = "DataDirectoryError";
  constructor(
    readonly directory: string,
    reason: string,
    cause?: unknown,
  ) {
    super("EDATADIR", `data directory ${directory}: ${reason}`, { cause });
  }
}

/** Another process holds the data directory. */
export class DataDirectoryLockedError extends RuvraftError {
  override name = "DataDirectoryLockedError";
  constructor(
    readonly directory: string,
    readonly holder: string,
  ) {
    super("ELOCKED", `data directory ${directory} is locked by ${holder}`);
  }
}

/**
 * The log instance stopped accepting writes for good: an fsync or write failed (after a
 * failed fsync the page cache cannot be trusted), or the directory lock was compromised.
 * Reopen the log (restart the node) to recover from what is durable.
 */
export class LogFailedError extends RuvraftError {
  override name = "LogFailedError";
  constructor(reason: string, cause?: unknown) {
    super("EFAILED", `log failed and refuses writes: ${reason}`, { cause });
  }
}

export class LogClosedError extends RuvraftError {
  override name = "LogClosedError";
  constructor() {
    super("ECLOSED", "log is closed");
  }
}

/** The requested index is below the first index (compacted) or above the last. */
export class IndexOutOfRangeError extends RuvraftError {
  override name = "IndexOutOfRangeError";
  constructor(
    readonly index: number,
    readonly firstIndex: number,
    readonly lastIndex: number,
  ) {
    super(
      index < firstIndex ? "ECOMPACTED" : "EUNAVAILABLE",
      `index ${index} is outside the log [${firstIndex}, ${lastIndex}]`,
    );
  }
}
