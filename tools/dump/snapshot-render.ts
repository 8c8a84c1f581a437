/**
 * Printing snapshot dump events: aligned text for people, or one JSON object per line. Fields
 * that may be unknown are `null`, never absent, so every line of one kind has the same keys.
 */
import type { ConfState } from "../../src/types/index.js";
import type { FindingEvent } from "./events.js";
import type { SnapshotContent } from "./snapshot-content.js";

export interface SnapshotRowEvent {
  kind: "snapshot";
  file: string;
  /** null when the header could not be read. */
  formatVersion: number | null;
  /** From the metadata, or from the file name when the metadata could not be read. */
  index: number | null;
  term: number | null;
  membership: ConfState | null;
  sizeBytes: number;
  /** "corrupt" when the header or metadata failed; later damage comes as a finding. */
  state: "ok" | "corrupt";
}

export interface ChunkEvent {
  kind: "chunk";
  file: string;
  chunkNumber: number;
  offsetBytes: number;
  sizeBytes: number;
  crc: number;
}

export interface ContentEvent {
  kind: "content";
  file: string;
  chunks: number;
  dataBytes: number;
  /** The decoded data; null when it is not a NodeSnapshot or too large to decode (see note). */
  content: SnapshotContent | null;
  note: string | null;
}

export interface SnapshotSummaryEvent {
  kind: "summary";
  path: string;
  snapshots: number;
  newestIndex: number | null;
  newestTerm: number | null;
  /** The snapshot the node would start from (the newest that passes every check). */
  newestFile: string | null;
  sizeBytes: number;
  findings: { corrupt: number; torn: number; info: number };
  exitCode: number;
  verdict: string;
}

export type SnapshotEvent =
  | SnapshotRowEvent
  | ChunkEvent
  | ContentEvent
  | FindingEvent
  | SnapshotSummaryEvent;

interface LineOutput {
  line(text: string): void;
}

export class SnapshotJsonSink {
  constructor(private readonly output: LineOutput) {}
  emit(event: SnapshotEvent): void {
    this.output.line(JSON.stringify(event));
  }
}

const CHUNK_COLUMNS = `  ${"CHUNK".padStart(8)} ${"OFFSET".padStart(12)} ${"SIZE".padStart(10)}  CRC`;
/** Members listed by name in the text content line; more are counted. */
const MEMBERS_SHOWN_MAX = 8;

export class SnapshotTextSink {
  private chunkColumnsShown = false;

  constructor(private readonly output: LineOutput) {}

  emit(event: SnapshotEvent): void {
    switch (event.kind) {
      case "snapshot":
        this.snapshot(event);
        return;
      case "chunk":
        if (!this.chunkColumnsShown) {
          this.output.line(CHUNK_COLUMNS);
          this.chunkColumnsShown = true;
        }
        this.output.line(
          `  ${String(event.chunkNumber).padStart(8)} ${String(event.offsetBytes).padStart(12)} ${String(event.sizeBytes).padStart(10)}  0x${event.crc.toString(16).padStart(8, "0")} ok`,
        );
        return;
      case "content":
        this.content(event);
        return;
      case "finding":
        this.output.line(formatFinding(event));
        return;
      case "summary":
        this.summary(event);
        return;
    }
  }

  private snapshot(event: SnapshotRowEvent): void {
    this.chunkColumnsShown = false;
    this.output.line("");
    this.output.line(
      `== snapshot ${event.file}  version=${event.formatVersion ?? "?"} index=${event.index ?? "?"} term=${event.term ?? "?"} bytes=${event.sizeBytes} state=${event.state}`,
    );
    const conf = event.membership;
    if (conf !== null) {
      this.output.line(
        `  membership: voters=[${conf.voters.join(",")}] outgoing=[${conf.votersOutgoing.join(",")}] learners=[${conf.learners.join(",")}] learnersNext=[${conf.learnersNext.join(",")}] autoLeave=${conf.autoLeave} incarnations=[${conf.incarnations.map((member) => `${member.nodeId}:${member.incarnation}`).join(",")}]`,
      );
    }
  }

  private content(event: ContentEvent): void {
    this.output.line(`  data: ${event.chunks} chunks, ${event.dataBytes} bytes, trailer ok`);
    const content = event.content;
    if (content === null) {
      this.output.line(`  content: ${event.note ?? "unknown"}`);
      return;
    }
    const shown = content.members
      .slice(0, MEMBERS_SHOWN_MAX)
      .map((member) => `${member.nodeId}=${member.address}`);
    const more = content.members.length - shown.length;
    this.output.line(
      `  content (NodeSnapshot): ${content.members.length} members [${shown.join(" ")}${more > 0 ? ` +${more}` : ""}], ${content.sessionCount} client sessions, state machine ${content.stateMachineBytes} bytes`,
    );
    const metadata = content.metadata;
    if (metadata === null) {
      this.output.line(`  metadata: ${content.metadataNote ?? "none"}`);
      return;
    }
    this.output.line(
      `  metadata: applied index ${metadata.appliedIndex}, ${metadata.nodeCount} nodes, ${metadata.collectionCount} collections, ${metadata.aliasCount} aliases, ${metadata.shardCount} shards`,
    );
  }

  private summary(event: SnapshotSummaryEvent): void {
    const newest =
      event.newestIndex === null
        ? "none"
        : `index=${event.newestIndex} term=${event.newestTerm ?? "?"}`;
    this.output.line("");
    this.output.line(
      `== summary ${event.path}: ${event.snapshots} snapshots, ${event.sizeBytes} bytes; newest intact: ${newest}`,
    );
    this.output.line(
      `== findings: ${event.findings.corrupt} corrupt, ${event.findings.info} info; exit ${event.exitCode}: ${event.verdict}`,
    );
  }
}

function formatFinding(event: FindingEvent): string {
  const label = { corrupt: "!! CORRUPT", torn: "!! TORN", info: "-- info" }[event.severity];
  const where = event.offsetBytes === null ? "" : ` offset=${event.offsetBytes}`;
  return `${label} ${event.file}${where}: ${event.reason}`;
}
