/**
 * The progress bar of the dump tool: cli-progress on stderr (never stdout, which carries the
 * dump). Shown automatically only on a terminal for large inputs.
 */
import cliProgress from "cli-progress";

/** Inputs smaller than this are read too fast for a bar to help. */
export const PROGRESS_THRESHOLD_BYTES = 64 * 1024 * 1024;

/** `auto`: a terminal and a large input. `always`: even off a terminal (one line per redraw). */
export type ProgressMode = "auto" | "always" | "never";

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
  thresholdBytes = PROGRESS_THRESHOLD_BYTES,
): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let value = 0;
  return {
    start(totalBytes) {
      const wanted =
        mode === "always" ||
        (mode === "auto" && stream.isTTY === true && totalBytes > thresholdBytes);
      if (!wanted || bar !== undefined) {
        return;
      }
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: "ruvraft-dump [{bar}] {percentage}% | {value}/{total} MiB read | ETA {eta}s",
          formatValue: (raw, _options, type) =>
            type === "value" || type === "total" ? (raw / (1024 * 1024)).toFixed(0) : String(raw),
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
