/**
 * Printing dump events: as aligned text for people, or as one JSON object per line.
 * Output goes through LineWriter, a bounded buffer flushed with synchronous writes, so that
 * a dump of a large directory streams with constant memory whatever the reader's speed.
 */
import fs from "node:fs";
import type {
  DumpEvent,
  DumpSink,
  FindingEvent,
  RecordEvent,
  SegmentEvent,
  SummaryEvent,
} from "./events.js";

/** Output is flushed once this many characters are buffered. */
const OUTPUT_BUFFER_CHARS_MAX = 64 * 1024;
/** A full non-blocking pipe is retried this many times, 1 ms apart, before giving up. */
const WRITE_RETRIES_MAX = 60_000;

/** The reader of our output went away (`dump | head`): stop quietly. */
export class OutputClosedError extends Error {
  override name = "OutputClosedError";
}

export class LineWriter {
  private buffered: string[] = [];
  private bufferedChars = 0;

  constructor(
    private readonly fd: number,
    private readonly beforeFlush: () => void = () => {},
  ) {}

  line(text: string): void {
    this.buffered.push(text, "\n");
    this.bufferedChars += text.length + 1;
    if (this.bufferedChars >= OUTPUT_BUFFER_CHARS_MAX) {
      this.flush();
    }
  }

  flush(): void {
    if (this.bufferedChars === 0) {
      return;
    }
    this.beforeFlush();
    const bytes = Buffer.from(this.buffered.join(""), "utf8");
    this.buffered = [];
    this.bufferedChars = 0;
    writeAll(this.fd, bytes);
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  let retries = 0;
  // Bounded: each pass writes at least one byte, or uses up one of WRITE_RETRIES_MAX retries.
  while (written < bytes.length) {
    try {
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") {
        throw new OutputClosedError("output closed by the reader");
      }
      if (code !== "EAGAIN" || retries >= WRITE_RETRIES_MAX) {
        throw error;
      }
      retries++;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

export class JsonSink implements DumpSink {
  constructor(private readonly writer: LineWriter) {}
  emit(event: DumpEvent): void {
    this.writer.line(JSON.stringify(event));
  }
}

const RECORD_COLUMNS = `  ${"OFFSET".padStart(10)} ${"INDEX".padStart(10)} ${"TERM".padStart(6)}  ${"TYPE".padEnd(11)} ${"BATCH".padStart(6)} ${"SIZE".padStart(8)}  CRC  DATA`;

export class TextSink implements DumpSink {
  constructor(private readonly writer: LineWriter) {}

  emit(event: DumpEvent): void {
    switch (event.kind) {
      case "segment":
        this.segment(event);
        return;
      case "record":
        this.writer.line(formatRecord(event));
        return;
      case "finding":
        this.writer.line(formatFinding(event));
        return;
      case "summary":
        this.summary(event);
        return;
    }
  }

  private segment(event: SegmentEvent): void {
    const range =
      event.firstIndex === null ? "" : ` first=${event.firstIndex} last=${event.lastIndex ?? "?"}`;
    this.writer.line("");
    this.writer.line(
      `== segment ${event.file}  id=${event.segmentId ?? "?"}${range} records=${event.records} (${event.entries} entries, ${event.hardStates} hard states kept) bytes=${event.sizeBytes} valid=${event.validBytes} free=${event.freeBytes} state=${event.state}${event.restart ? " RESTART" : ""}`,
    );
    if (event.records > 0) {
      this.writer.line(RECORD_COLUMNS);
    }
  }

  private summary(event: SummaryEvent): void {
    const range =
      event.firstIndex === null ? "" : ` [${event.firstIndex}, ${event.lastIndex ?? "?"}]`;
    this.writer.line("");
    this.writer.line(
      `== summary ${event.path}: ${event.segments} segments, ${event.entries} entries${range}, ${event.hardStates} hard states, ${event.records} rows shown, ${event.sizeBytes} bytes (${event.freeBytes} free); last hard state: ${event.hardState ?? "none"}`,
    );
    this.writer.line(
      `== findings: ${event.findings.corrupt} corrupt, ${event.findings.torn} torn, ${event.findings.info} info; exit ${event.exitCode}: ${event.verdict}`,
    );
  }
}

function formatRecord(event: RecordEvent): string {
  const isHardState = event.type === "HARD_STATE";
  const index = isHardState ? `(${event.index})` : String(event.index);
  const term = isHardState ? "-" : String(event.term);
  const batch = `${event.writeSequence}${event.batchEnd ? "*" : " "}`;
  const crc = event.crcOk ? "ok " : "BAD";
  const marker = event.afterDamage ? "~" : " ";
  return `${marker} ${String(event.offsetBytes).padStart(10)} ${index.padStart(10)} ${term.padStart(6)}  ${event.type.padEnd(11)} ${batch.padStart(6)} ${String(event.sizeBytes).padStart(8)}  ${crc}  ${event.text}`;
}

function formatFinding(event: FindingEvent): string {
  const label = { corrupt: "!! CORRUPT", torn: "!! TORN", info: "-- info" }[event.severity];
  const where = [
    event.offsetBytes === null ? "" : ` offset=${event.offsetBytes}`,
    event.index === null ? "" : ` index=${event.index}`,
  ].join("");
  return `${label} ${event.file}${where}: ${event.reason}`;
}
