/** Running totals of one dump, for the summary line and the exit code. */
import { type DumpSink, ExitCode, type FindingEvent, type SummaryEvent } from "./events.js";

export class Tally {
  segments = 0;
  entries = 0;
  hardStates = 0;
  records = 0;
  sizeBytes = 0;
  freeBytes = 0;
  firstIndex: number | undefined;
  lastIndex: number | undefined;
  hardState: string | undefined;
  readonly findings = { corrupt: 0, torn: 0, info: 0 };

  finding(sink: DumpSink, finding: FindingEvent): void {
    this.findings[finding.severity]++;
    sink.emit(finding);
  }

  noteEntries(lowest: number | undefined, highest: number | undefined): void {
    if (lowest !== undefined) {
      this.firstIndex = Math.min(this.firstIndex ?? lowest, lowest);
    }
    if (highest !== undefined) {
      this.lastIndex = Math.max(this.lastIndex ?? highest, highest);
    }
  }

  exitCode(): number {
    if (this.findings.corrupt > 0) {
      return ExitCode.CORRUPT;
    }
    return this.findings.torn > 0 ? ExitCode.TORN_TAIL : ExitCode.OK;
  }

  summary(path: string): SummaryEvent {
    const exitCode = this.exitCode();
    return {
      kind: "summary",
      path,
      segments: this.segments,
      entries: this.entries,
      hardStates: this.hardStates,
      records: this.records,
      firstIndex: this.firstIndex ?? null,
      lastIndex: this.lastIndex ?? null,
      hardState: this.hardState ?? null,
      sizeBytes: this.sizeBytes,
      freeBytes: this.freeBytes,
      findings: { ...this.findings },
      exitCode,
      verdict: verdictOf(exitCode, this.segments),
    };
  }
}

function verdictOf(exitCode: number, segments: number): string {
  if (exitCode === ExitCode.CORRUPT) {
    return "corrupt: recovery refuses to open this log until an operator acts";
  }
  if (exitCode === ExitCode.TORN_TAIL) {
    return "torn tail only: recovery cuts it (keeping the bytes in a side file) and opens the log";
  }
  return segments === 0 ? "no segments" : "intact";
}
