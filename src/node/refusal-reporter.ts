/**
 * Logs, once per kind, seat and disk, a message the core dropped by its incarnation rules
 * (src/raft/incarnation.ts): the operator's sign that a data directory was replaced
 * (docs/architecture.md, "Node identity").
 */
import type { Logger } from "pino";
import type { IncarnationRefusal } from "../raft/index.js";

export class IncarnationRefusalReporter {
  /** Refusals already logged, by kind, seat and disk. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly selfId: number,
    private readonly logger: Logger | undefined,
  ) {}

  report(refusal: IncarnationRefusal | undefined): void {
    if (refusal === undefined) return;
    const key = `${refusal.kind}/${refusal.from}/${refusal.incarnation}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const advice =
      refusal.kind === "addressed elsewhere"
        ? `leader ${refusal.from} addresses incarnation ${refusal.incarnation} of this node's seat, but this data directory is incarnation ${refusal.expected}: it was wiped or replaced since the seat was given; remove node ${this.selfId} and add it again (docs/operations.md)`
        : `node ${refusal.from} runs incarnation ${refusal.incarnation}, but its seat records incarnation ${refusal.expected}: its votes and acknowledgements are ignored until it is removed and added again, or until this node learns of that (docs/operations.md)`;
    this.logger?.warn(
      { from: refusal.from, type: refusal.messageType, kind: refusal.kind },
      `dropped raft messages by incarnation: ${advice}`,
    );
  }
}
