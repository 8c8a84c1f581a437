/**
 * A small number kept in its own file of the data directory (the incarnation, the cluster
 * generation): decimal ASCII followed by one "\n", written through
 * FileSystem.writeFileDurably (temporary name, fsync, rename, directory fsync).
 */
import type { FileSystem } from "../storage/fs.js";
import { InvalidArgumentError } from "../util/errors.js";

const FILE_PATTERN = /^(0|[1-9][0-9]{0,15})\n$/;

/**
 * The number in `file`, or undefined when there is no such file. InvalidArgumentError naming
 * the file, byte offset 0, `what` it should hold and `advice` when it holds anything else or a
 * value at or above `limit`.
 */
export function readDecimalFile(
  fileSystem: FileSystem,
  file: string,
  limit: number,
  what: string,
  advice: string,
): number | undefined {
  let handle: ReturnType<FileSystem["openSync"]>;
  try {
    handle = fileSystem.openSync(file, "read");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const buffer = new Uint8Array(32);
    const length = handle.readSync(buffer, 0);
    const text = Buffer.from(buffer.subarray(0, length)).toString("ascii");
    const match = FILE_PATTERN.exec(text);
    const value = match === null ? Number.NaN : Number(match[1]);
    if (!Number.isSafeInteger(value) || value >= limit) {
      throw new InvalidArgumentError(
        `${file} (byte offset 0): not ${what} (decimal below ${limit} and a newline): ${JSON.stringify(text)}; ${advice}`,
      );
    }
    return value;
  } finally {
    handle.closeSync();
  }
}

/** Writes `value` to `file` durably (see the file comment). */
export async function writeDecimalFile(
  fileSystem: FileSystem,
  file: string,
  value: number,
): Promise<void> {
  await fileSystem.writeFileDurably(file, Buffer.from(`${value}\n`, "ascii"));
}
