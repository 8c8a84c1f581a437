/**
 * Founding a new cluster (docs/architecture.md, "Node identity": founding seats). The
 * founding membership records the incarnation (the disk, incarnation-file.ts) of every
 * founding member's seat, so a founder whose data directory is wiped later and that is
 * started in bootstrap mode again is a new disk its seat does not record: it never votes or
 * counts, as a wiped node that joins.
 *
 * Founders cannot know each other's random incarnations before they meet. So a founder on a
 * fresh data directory starts its transport first and writes the founding membership only
 * once it has met every founder (each founder must be reached once, as Consul's
 * `bootstrap_expect` waits for its servers). The founders must agree on it: Raft treats
 * the founding snapshot (index 1, term 1) as the same entry on every node. Two rules give
 * that, across crashes and wipes during the founding:
 *
 * 1. First seen wins, durably. A founder records the incarnation each other founder shows in
 *    a handshake in `<data>/founders` and never changes it; a later, different incarnation of
 *    that seat is a wiped disk, which the record does not admit.
 * 2. Recorded before trusted. The handshake waits for the record to be durable before the
 *    connection opens on either side (HandshakeOptions.beforeOpen), and a founder counts a
 *    peer as met only over an open connection. So when any founder writes the founding
 *    membership, every other founder has durably recorded its disk, and a disk that founds
 *    and votes is the disk every founder records for its seat.
 * A disk that some founder recorded and that was wiped before meeting every founder never
 * founded, so it never voted: a seat recorded differently on two founders only ever counts
 * one live disk, and quorums still intersect.
 *
 * File format of `<data>/founders`: one line per met founder, `<node id> <incarnation>\n`,
 * both decimal ASCII, sorted by node id; written whole through FileSystem.writeFileDurably.
 * It is read only while founding (a data directory that holds a log never consults it) and
 * kept afterwards as a record of how the directory's cluster was founded.
 */
import path from "node:path";
import type { Logger } from "pino";
import type { FileSystem } from "../storage/fs.js";
import { assertionFailed } from "../util/assert.js";
import { InvalidArgumentError } from "../util/errors.js";
import type { Clock } from "./clock.js";
import { StoppedError } from "./errors.js";
import type { NodeTransport } from "./transport-port.js";

export const FOUNDERS_FILE_NAME = "founders";
/** A founders file is a few lines per member: anything larger is not one. */
const FOUNDERS_FILE_BYTES_MAX = 64 * 1024;
const LINE_PATTERN = /^([1-9][0-9]{0,15}) (0|[1-9][0-9]{0,15})$/;
/** How often a founder looks for founders it has not met yet (and dials them). */
const FOUNDING_POLL_MS = 50;
/** How often it says whom it still waits for. */
const FOUNDING_REPORT_MS = 5_000;

export interface FoundingMember {
  readonly nodeId: number;
  readonly incarnation: number;
}

/** The incarnations this founder has met, first seen wins, kept in `<data>/founders`. */
export class FoundersRecord {
  private readonly incarnations: Map<number, number>;
  /** Writes are serialized: each one writes the whole record as it is then. */
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly fileSystem: FileSystem,
    private readonly file: string,
    incarnations: Map<number, number>,
  ) {
    this.incarnations = incarnations;
  }

  /** Reads `<dataDirectory>/founders` (empty when missing); EINVALID naming the line's offset. */
  static load(fileSystem: FileSystem, dataDirectory: string): FoundersRecord {
    const file = path.join(dataDirectory, FOUNDERS_FILE_NAME);
    return new FoundersRecord(
      fileSystem,
      file,
      parseFounders(file, readSmallFile(fileSystem, file)),
    );
  }

  /** The incarnation recorded for `nodeId`'s seat, if it was met. */
  get(nodeId: number): number | undefined {
    return this.incarnations.get(nodeId);
  }

  /**
   * Records that `nodeId` showed `incarnation`, unless its seat is recorded already (first
   * seen wins); resolves once the record holding it is durable. Returns whether `incarnation`
   * is the recorded one.
   */
  async record(nodeId: number, incarnation: number): Promise<boolean> {
    if (!(Number.isSafeInteger(nodeId) && nodeId > 0))
      assertionFailed(`a founder id is positive, got ${nodeId}`);
    const recorded = this.incarnations.get(nodeId);
    if (recorded === undefined) {
      this.incarnations.set(nodeId, incarnation);
      const text = [...this.incarnations]
        .sort(([a], [b]) => a - b)
        .map(([id, value]) => `${id} ${value}\n`)
        .join("");
      this.writing = this.writing.then(() =>
        this.fileSystem.writeFileDurably(this.file, Buffer.from(text, "ascii")),
      );
    }
    // Resolves after the write that holds this seat (and any before it) is durable.
    await this.writing;
    return (recorded ?? incarnation) === incarnation;
  }
}

export interface FoundingOptions {
  /** This node's id and its data directory's incarnation. */
  readonly self: FoundingMember;
  /** The ids of every founding member (this node among them). */
  readonly founders: readonly number[];
  readonly record: FoundersRecord;
  readonly transport: NodeTransport;
  readonly clock: Clock;
  readonly logger: Logger | undefined;
  /** True once the node is asked to stop: the wait ends with StoppedError. */
  readonly stopping: () => boolean;
}

/**
 * Waits until every founder is met over an open connection and recorded (see the file
 * comment), dialling the missing ones, and returns the founding membership's incarnations.
 */
export async function meetFounders(options: FoundingOptions): Promise<FoundingMember[]> {
  const { self, record, transport, clock } = options;
  const others = options.founders.filter((id) => id !== self.nodeId);
  let reportedAtMs = clock.nowMs();
  const reportedForeign = new Set<string>();
  for (;;) {
    const missing: number[] = [];
    for (const nodeId of others) {
      const shown = transport.peerIncarnation(nodeId);
      if (shown !== undefined) {
        const admitted = await record.record(nodeId, shown);
        if (!admitted && !reportedForeign.has(`${nodeId}/${shown}`)) {
          reportedForeign.add(`${nodeId}/${shown}`);
          options.logger?.warn(
            { nodeId, incarnation: shown, recorded: record.get(nodeId) },
            `founding a new cluster: node ${nodeId} shows another data directory than the one this founder met first; the founding membership records the first (a founder wiped while founding must be removed and added again once the cluster runs)`,
          );
        }
      }
      if (record.get(nodeId) === undefined) missing.push(nodeId);
    }
    if (missing.length === 0) break;
    if (options.stopping()) throw new StoppedError();
    if (clock.nowMs() - reportedAtMs >= FOUNDING_REPORT_MS) {
      reportedAtMs = clock.nowMs();
      options.logger?.info(
        { missing },
        "founding a new cluster: waiting to meet every founding member once (start them all)",
      );
    }
    for (const nodeId of missing) transport.connect(nodeId);
    await new Promise<void>((resolve) => clock.after(FOUNDING_POLL_MS, resolve));
  }
  return [self, ...others.map((nodeId) => ({ nodeId, incarnation: record.get(nodeId) as number }))]
    .filter((member) => member.incarnation !== 0)
    .sort((a, b) => a.nodeId - b.nodeId);
}

function readSmallFile(fileSystem: FileSystem, file: string): Uint8Array {
  let handle: ReturnType<FileSystem["openSync"]>;
  try {
    handle = fileSystem.openSync(file, "read");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Uint8Array(0);
    throw error;
  }
  try {
    const size = handle.sizeSync();
    if (size > FOUNDERS_FILE_BYTES_MAX) {
      throw new InvalidArgumentError(
        `${file} (byte offset ${FOUNDERS_FILE_BYTES_MAX}): a founders file is at most ${FOUNDERS_FILE_BYTES_MAX} bytes, this one has ${size}; move the data directory aside and found again`,
      );
    }
    const buffer = new Uint8Array(size);
    const length = handle.readSync(buffer, 0);
    return buffer.subarray(0, length);
  } finally {
    handle.closeSync();
  }
}

/** Parses the founders file format (see the file comment); errors name the byte offset. */
export function parseFounders(file: string, bytes: Uint8Array): Map<number, number> {
  const incarnations = new Map<number, number>();
  const text = Buffer.from(bytes).toString("latin1");
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf("\n", offset);
    const line = text.slice(offset, end === -1 ? text.length : end);
    const match = end === -1 ? null : LINE_PATTERN.exec(line);
    const nodeId = match === null ? Number.NaN : Number(match[1]);
    const incarnation = match === null ? Number.NaN : Number(match[2]);
    if (
      !Number.isSafeInteger(nodeId) ||
      !Number.isSafeInteger(incarnation) ||
      incarnations.has(nodeId)
    ) {
      throw new InvalidArgumentError(
        `${file} (byte offset ${offset}): not a founder line ("<node id> <incarnation>" and a newline, each id once): ${JSON.stringify(line)}; restore the file, or move the data directory aside and found again`,
      );
    }
    incarnations.set(nodeId, incarnation);
    offset = end + 1;
  }
  return incarnations;
}
