/**
 * The cluster generation a data directory belongs to (docs/architecture.md, "Cluster
 * generations"), kept in `<data>/generation` (src/node/decimal-file.ts; no file = 0, the
 * generation a cluster starts in). `--force-new-cluster` starts the next generation: it writes
 * the file before anything else, so the forced node never serves under the old one. A node
 * with an empty data directory adopts the newer generation of the first peer that shows one;
 * a node holding state of an older generation belongs to an abandoned configuration and stops.
 */
import path from "node:path";
import type { Logger } from "pino";
import type { FileSystem } from "../storage/fs.js";
import { assert } from "../util/assert.js";
import { readDecimalFile, writeDecimalFile } from "./decimal-file.js";
import { AbandonedConfigurationError } from "./errors.js";

export const GENERATION_FILE_NAME = "generation";
/** Generations stay safe integers (u64 on the wire). */
const GENERATION_LIMIT = 2 ** 48;

/** Whether `value` can be a generation (a safe integer below 2^48). */
export function isGeneration(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value < GENERATION_LIMIT;
}

/** The generation of `dataDirectory` (0 without a generation file). */
export function loadGeneration(fileSystem: FileSystem, dataDirectory: string): number {
  return (
    readDecimalFile(
      fileSystem,
      path.join(dataDirectory, GENERATION_FILE_NAME),
      GENERATION_LIMIT,
      "a cluster generation",
      "restore the file (every node of a cluster has the same one), or move the data directory aside and add the node back",
    ) ?? 0
  );
}

/** Records `generation` for `dataDirectory`, durably. */
export async function saveGeneration(
  fileSystem: FileSystem,
  dataDirectory: string,
  generation: number,
): Promise<void> {
  await writeDecimalFile(fileSystem, path.join(dataDirectory, GENERATION_FILE_NAME), generation);
}

/**
 * The generation a running node is in. A node that holds no state yet adopts a newer one
 * shown by a peer; the write of an adopted generation runs in the background, in order, and
 * the Ready loop waits for it (`pendingSave`) before it persists anything of that generation.
 */
export class ClusterGeneration {
  current = 0;
  private saving: Promise<void> | undefined;

  constructor(
    private readonly fileSystem: FileSystem,
    private readonly dataDirectory: string,
    /** A failed write of an adopted generation (the node stops). */
    private readonly onSaveFailed: (error: Error) => void,
  ) {}

  /** Reads the data directory's generation. */
  load(): void {
    this.current = loadGeneration(this.fileSystem, this.dataDirectory);
  }

  /** Adopts `generation`, newer than the current one, and writes it in the background. */
  adopt(generation: number): void {
    assert(generation > this.current && isGeneration(generation), "adopts a newer generation");
    this.current = generation;
    const saving = (this.saving ?? Promise.resolve()).then(() =>
      saveGeneration(this.fileSystem, this.dataDirectory, generation),
    );
    this.saving = saving;
    saving.then(
      () => {
        if (this.saving === saving) this.saving = undefined;
      },
      (error: unknown) => this.onSaveFailed(error as Error),
    );
  }

  /**
   * Peer `peerId` runs `generation`, newer than this node's. A node that holds no state yet
   * (nothing in its log, no snapshot received: a new node joining the forced cluster) adopts
   * it and gets true; any other belongs to an abandoned configuration and gets the error to
   * stop with for good. A generation out of range is ignored (false).
   */
  offered(
    peerId: number,
    generation: number,
    holdsNoState: boolean,
    logger: Logger | undefined,
  ): boolean | AbandonedConfigurationError {
    assert(generation > this.current, "only a newer generation is offered");
    if (!isGeneration(generation)) {
      logger?.warn({ peerId, generation }, "ignored a cluster generation out of range");
      return false;
    }
    if (!holdsNoState) return new AbandonedConfigurationError(this.current, peerId, generation);
    const previous = this.current;
    this.adopt(generation);
    logger?.info(
      { peerId, generation, previous },
      "adopted the cluster generation of a peer (this node holds no state yet)",
    );
    return true;
  }

  /** The write of an adopted generation still running, if any. */
  pendingSave(): Promise<void> | undefined {
    return this.saving;
  }
}
