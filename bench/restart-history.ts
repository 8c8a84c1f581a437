/**
 * Writes a metadata history straight into a node's segment log, as RaftNode would have
 * stored it (the same NodeEntry envelope, client sessions included), and folds the same
 * events into an expected projector on the way. Far faster than proposing a million events
 * through Raft, and the restarted node replays exactly what it would have written itself.
 *
 * The log must come from a node that ran and stopped (bootstrap snapshot, leader's entry,
 * hard state): new entries continue its last index in its current term, and the hard state's
 * commit index follows every batch (the entries are committed: a single-node cluster).
 */
import path from "node:path";
import {
  type MetadataEvent,
  type MetadataProjector,
  metadataCodec,
} from "../src/metadata/index.js";
import { node as nodeProto } from "../src/proto/node-index.js";
import { SegmentLog } from "../src/storage/index.js";
import { type Entry, EntryType, type HardState } from "../src/types/index.js";

/** Entries per durable append (one fdatasync each). */
const WRITE_BATCH_ENTRIES = 4096;
/**
 * Client sessions the events are spread over (ctl clients, the metadata controller...). Each
 * writer is a new set of clients: a later writer reusing ids would restart their sequences
 * below the sessions' floors, and the node would refuse those entries as stale retries.
 */
const CLIENT_COUNT = 8;

export class HistoryWriter {
  private readonly batch: Entry[] = [];
  private readonly sequences = new Array<number>(CLIENT_COUNT).fill(0);
  private lastIndex: number;
  private written = 0;

  private constructor(
    private readonly log: SegmentLog,
    private readonly hardState: HardState,
    private readonly expected: MetadataProjector,
    private readonly firstClientId: number,
  ) {
    this.lastIndex = log.lastIndex();
  }

  /**
   * Opens `<dataDirectory>/log` (the node must be stopped: the log is locked). The events
   * come from clients `firstClientId` .. `firstClientId + CLIENT_COUNT - 1`, all new.
   */
  static async open(
    dataDirectory: string,
    expected: MetadataProjector,
    firstClientId: number,
  ): Promise<HistoryWriter> {
    const log = await SegmentLog.open(path.join(dataDirectory, "log"));
    const hardState = log.hardState();
    if (log.lastIndex() < log.firstIndex() || hardState.commit !== log.lastIndex()) {
      await log.close();
      throw new Error(
        `expected a stopped node's log with every entry committed (log [${log.firstIndex()}, ${log.lastIndex()}], commit ${hardState.commit})`,
      );
    }
    return new HistoryWriter(log, hardState, expected, firstClientId);
  }

  /** Index of the last entry written (or queued). */
  get last(): number {
    return this.lastIndex;
  }

  get eventsWritten(): number {
    return this.written;
  }

  async add(event: MetadataEvent): Promise<void> {
    const client = this.written % CLIENT_COUNT;
    const sequence = (this.sequences[client] ?? 0) + 1;
    this.sequences[client] = sequence;
    const command = metadataCodec.encodeCommand(event);
    const data = nodeProto.NodeEntry.encode({
      command: {
        clientId: this.firstClientId + client,
        sequence,
        command,
        firstUnansweredSequence: sequence,
      },
    }).finish();
    this.lastIndex++;
    this.written++;
    this.batch.push({
      index: this.lastIndex,
      term: this.hardState.term,
      type: EntryType.NORMAL,
      data,
    });
    // As RaftNode does: decode the stored bytes, then apply.
    this.expected.apply({
      index: this.lastIndex,
      term: this.hardState.term,
      command: metadataCodec.decodeCommand(command),
    });
    if (this.batch.length >= WRITE_BATCH_ENTRIES) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.log.close();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const entries = this.batch.splice(0);
    await this.log.append(entries, { ...this.hardState, commit: this.lastIndex });
  }
}
