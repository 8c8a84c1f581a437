/**
 * The incarnation of a data directory (docs/architecture.md, "Node identity"): drawn once,
 * when the directory is created, and kept in `<data>/incarnation` for its whole life.
 *
 * File format: the incarnation in decimal ASCII followed by one "\n" (at most 17 bytes), for
 * example `123456789012345\n`. Written through FileSystem.writeFileDurably (temporary name,
 * fsync, rename, directory fsync) before the node sends its first message, so a node never
 * speaks under an incarnation it could lose in a crash.
 *
 * Which value a new file gets:
 * - 0 for a directory that already holds a log or a snapshot but no incarnation file (written
 *   by a release before incarnations; its seat records 0, the founding incarnation of those
 *   releases);
 * - otherwise a random integer in [1, 2^48). A node that joins (`--join`, `--rebuild`, a
 *   wiped directory) must then be added (as a learner, then promoted) before it may vote; a
 *   founder on a fresh directory meets the other founders before it writes the founding
 *   membership, which records every founder's incarnation (founding.ts). A founder wiped
 *   later and bootstrapped again draws a new one, which its seat does not record.
 */
import path from "node:path";
import type { FileSystem } from "../storage/fs.js";
import { assertionFailed } from "../util/assert.js";
import { readDecimalFile, writeDecimalFile } from "./decimal-file.js";
import { type Random, systemRandom } from "./random.js";

export const INCARNATION_FILE_NAME = "incarnation";
/** Exclusive upper bound of a drawn incarnation: a safe integer, u64 on disk and wire. */
const INCARNATION_LIMIT = 2 ** 48;

export type IncarnationOrigin = "founding" | "existing-data" | "joining";

/** Draws a joining node's incarnation: an integer in [1, 2^48). */
export type IncarnationDraw = () => number;

/** The draw of an incarnation from `random`. */
export function incarnationDraw(random: Random): IncarnationDraw {
  return () => random.randomInt(1, INCARNATION_LIMIT);
}

const defaultDraw = incarnationDraw(systemRandom);

/**
 * Reads `<dataDirectory>/incarnation`, creating it (see the file comment) when missing; a
 * joining node's incarnation comes from `draw` (default: node:crypto).
 */
export async function loadOrCreateIncarnation(
  fileSystem: FileSystem,
  dataDirectory: string,
  origin: IncarnationOrigin,
  draw: IncarnationDraw = defaultDraw,
): Promise<{ incarnation: number; created: boolean }> {
  const file = path.join(dataDirectory, INCARNATION_FILE_NAME);
  const existing = readIncarnationFile(fileSystem, file);
  if (existing !== undefined) return { incarnation: existing, created: false };
  const incarnation = origin === "existing-data" ? 0 : checkedDraw(draw);
  await writeDecimalFile(fileSystem, file, incarnation);
  return { incarnation, created: true };
}

function checkedDraw(draw: IncarnationDraw): number {
  const incarnation = draw();
  if (!(Number.isSafeInteger(incarnation) && incarnation >= 1 && incarnation < INCARNATION_LIMIT))
    assertionFailed(`a drawn incarnation is an integer in [1, 2^48), got ${incarnation}`);
  return incarnation;
}

function readIncarnationFile(fileSystem: FileSystem, file: string): number | undefined {
  return readDecimalFile(
    fileSystem,
    file,
    INCARNATION_LIMIT,
    "an incarnation",
    "restore the file or, for a new identity, move the data directory aside and re-add the node",
  );
}
