/**
 * Checks over a node's JSON log lines (pino, one object per line), run on every node's log at
 * the end of a fault round (run.ts). Pure functions: lines in, findings out (empty = healthy).
 * Lines that are not JSON (a stack trace on stderr) are skipped.
 */

interface LogRecord {
  msg?: unknown;
  error?: unknown;
  time?: unknown;
  to?: unknown;
  index?: unknown;
  match?: unknown;
  leaderTerm?: unknown;
}

function parse(line: string): LogRecord | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    return JSON.parse(line) as LogRecord;
  } catch {
    return undefined;
  }
}

/** An AssertionError's message (src/util/assert.ts). */
function isAssertionMessage(text: unknown): boolean {
  return typeof text === "string" && /^(assertion failed|unreachable): /.test(text);
}

/**
 * A node that stopped on a broken invariant ("a broken invariant stopped the node"), or that
 * logged "dropped a raft message" for an assertion (a node that swallowed one and went on).
 */
export function findInvariantFailures(lines: readonly string[]): string[] {
  const findings: string[] = [];
  lines.forEach((line, position) => {
    const record = parse(line);
    if (record === undefined) return;
    if (record.msg === "a broken invariant stopped the node") {
      findings.push(`line ${position + 1}: stopped on a broken invariant: ${String(record.error)}`);
    } else if (record.msg === "dropped a raft message" && isAssertionMessage(record.error)) {
      findings.push(
        `line ${position + 1}: dropped a raft message on an assertion: ${String(record.error)}`,
      );
    }
  });
  return findings;
}

interface SendRun {
  to: number;
  index: number;
  match: number;
  leaderTerm: number;
  count: number;
  firstLine: number;
}

/**
 * Snapshot storms: one leader sending the same snapshot (index) to one follower more than
 * `repeatsMax` times in a row, in one term, while the follower's match did not advance (the
 * "sending a snapshot" lines: to, index, match, leaderTerm). A send of another snapshot, a
 * higher match, another term or a restart of the node ("node started") begins a new run: in a
 * new term the leader's view of the match starts over. One finding per storm, with its length.
 */
export function findSnapshotStorms(lines: readonly string[], repeatsMax = 2): string[] {
  const runs = new Map<number, SendRun>();
  const storms = new Map<SendRun, number>();
  lines.forEach((line, position) => {
    const record = parse(line);
    if (record === undefined) return;
    if (record.msg === "node started") {
      runs.clear();
      return;
    }
    if (record.msg !== "sending a snapshot") return;
    const to = Number(record.to);
    const index = Number(record.index);
    const match = Number(record.match);
    const leaderTerm = Number(record.leaderTerm);
    const run = runs.get(to);
    if (
      run !== undefined &&
      run.index === index &&
      run.leaderTerm === leaderTerm &&
      match <= run.match
    ) {
      run.count++;
      if (run.count > repeatsMax) storms.set(run, position + 1);
      return;
    }
    runs.set(to, { to, index, match, leaderTerm, count: 1, firstLine: position + 1 });
  });
  return [...storms].map(
    ([run, lastLine]) =>
      `snapshot storm: snapshot ${run.index} sent ${run.count} times in a row to node ${run.to} in term ${run.leaderTerm} with its match stuck at ${run.match} (lines ${run.firstLine}..${lastLine})`,
  );
}
