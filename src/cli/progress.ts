/**
 * The progress bar of the offline tools (ruvraft-dump, ruvraft replay): cli-progress on stderr
 * (never stdout, which carries the output). Shown automatically only on a terminal for large
 * inputs.
 */
import cliProgress from "cli-progress";

/** Inputs smaller than this many bytes are read too fast for a bar to help. */
export const PROGRESS_THRESHOLD_BYTES = 64 * 1024 * 1024;

/** `auto`: a terminal and a large input. `always`: even off a terminal (one line per redraw). */
export type ProgressMode = "auto" | "always" | "never";

export const PROGRESS_MODES: readonly ProgressMode[] = ["auto", "always", "never"];

/** What the bar counts: bytes (shown in MiB) or entries. */
export interface ProgressUnit {
  /** The tool's name, first on the line. */
  tool: string;
  kind: "bytes" | "entries";
  /** `auto` shows no bar for a total at or below this. */
  threshold: number;
}

export interface Progress {
  start(totalBytes: number): void;
  advance(bytes: number): void;
  /** Erases the bar's line before other output is written to the same terminal. */
  clearLine(): void;
  stop(): void;
}

export function createProgress(
  mode: ProgressMode,
  stream: NodeJS.WriteStream,
  unit: ProgressUnit = { tool: "ruvraft-dump", kind: "bytes", threshold: PROGRESS_THRESHOLD_BYTES },
): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let value = 0;
  return {
    start(totalBytes) {
      const wanted =
        mode === "always" ||
        (mode === "auto" && stream.isTTY === true && totalBytes > unit.threshold);
      if (!wanted || bar !== undefined) {
        return;
      }
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${unit.tool} [{bar}] {percentage}% | {value}/{total} ${
            unit.kind === "bytes" ? "MiB read" : "entries applied"
          } | ETA {eta}s`,
          formatValue: (raw, _options, type) =>
            unit.kind === "bytes" && (type === "value" || type === "total")
              ? (raw / (1024 * 1024)).toFixed(0)
              : String(raw),
          noTTYOutput: mode === "always",
          clearOnComplete: stream.isTTY === true,
          hideCursor: null,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(totalBytes, 0);
    },
    advance(bytes) {
      value += bytes;
      bar?.update(value);
    },
    clearLine() {
      if (bar !== undefined && stream.isTTY === true) {
        stream.write("\r\x1b[2K");
      }
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
