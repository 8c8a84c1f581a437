/**
 * The fault suite's nemesis: driven by the run's seed, it injects one fault after another
 * (every kind once per round, in a shuffled order), holds it, heals it, lets the cluster
 * settle, and goes on until the deadline. Kinds:
 *
 * | kind                 | what                                                             |
 * | -------------------- | ---------------------------------------------------------------- |
 * | kill-random          | SIGKILL a random node, restart it on the same data directory     |
 * | kill-leader          | the same for the leader                                          |
 * | pause-random         | SIGSTOP a random node for 2-5 x electionTimeoutMaxMs, SIGCONT    |
 * | pause-leader         | the same for the leader                                          |
 * | partition-majority   | two random nodes cut off from the three others (both directions) |
 * | isolate-leader       | the leader's bridge port taken down (clients lose it too)        |
 * | partition-bridge     | {a,b} and {d,e} cut from each other; c still sees everyone       |
 * | asymmetric-leader    | everything the leader sends to the other nodes is dropped        |
 * | netem                | delay, jitter, loss and reordering on 2-5 nodes (tc netem);      |
 * |                      | without sch_netem: tbf rate limiting (queueing delay, drops)     |
 * | membership           | remove a random voter, wipe it, add it back (learner + promote,  |
 * |                      | or add-node)                                                     |
 * | transfer             | transferLeader to a random other voter                           |
 *
 * Membership changes and leadership transfers also run DURING the other faults: kills,
 * partitions and netem windows transfer leadership half the time, and netem windows change
 * membership half the time. Before each step the membership is reconciled (every slot a
 * running voter), so a step that failed half-way (its outcome unknown) is finished first.
 * Every wait is bounded; an admin operation that fails is logged, not fatal: the checks at
 * the end decide the verdict.
 */
import type { KvClient } from "../../src/client/kv-client.js";
import type { FaultNetwork } from "./network.js";
import { type NodeSet, sleep, waitUntil } from "./nodes.js";
import type { Random } from "./random.js";

export const FAULT_KINDS = [
  "kill-random",
  "kill-leader",
  "pause-random",
  "pause-leader",
  "partition-majority",
  "isolate-leader",
  "partition-bridge",
  "asymmetric-leader",
  "netem",
  "membership",
  "transfer",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Settling after a heal: wait this long at most for a leader again. */
const SETTLE_LEADER_TIMEOUT_MS = 15_000;
const RECONCILE_TIMEOUT_MS = 45_000;
const CATCH_UP_TIMEOUT_MS = 10_000;

export interface NemesisTiming {
  electionTimeoutMaxMs: number;
}

type Member = { nodeId: number; voter: boolean; learner: boolean };

export class Nemesis {
  readonly timeline: string[] = [];
  readonly counts = new Map<FaultKind, number>();
  /** Bounded waits that ran out (liveness notes, not verdicts). */
  readonly notes: string[] = [];
  private readonly startedAtMs = Date.now();

  constructor(
    private readonly options: {
      network: FaultNetwork;
      nodes: NodeSet;
      admin: KvClient;
      random: Random;
      timing: NemesisTiming;
      log: (line: string) => void;
    },
  ) {}

  private note(line: string): void {
    const stamped = `${((Date.now() - this.startedAtMs) / 1000).toFixed(1).padStart(7)}s ${line}`;
    this.timeline.push(stamped);
    this.options.log(stamped);
  }

  /** Runs steps until `deadlineMs` (a step started before it finishes, bounded). */
  async run(deadlineMs: number): Promise<void> {
    const random = this.options.random;
    // Bounded by the deadline; every step is bounded by its own waits.
    while (Date.now() < deadlineMs) {
      for (const kind of random.shuffle(FAULT_KINDS)) {
        if (Date.now() >= deadlineMs) break;
        await this.reconcile();
        this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
        await this.step(kind);
        await this.settle();
      }
    }
  }

  private holdMs(): number {
    const max = this.options.timing.electionTimeoutMaxMs;
    return this.options.random.int(2 * max, 5 * max);
  }

  private async step(kind: FaultKind): Promise<void> {
    const { nodes, network, random } = this.options;
    switch (kind) {
      case "kill-random":
      case "kill-leader": {
        const slot =
          kind === "kill-leader" ? await this.leaderOrRandom() : random.pick(nodes.slots);
        this.note(`${kind}: SIGKILL node ${slot}`);
        await nodes.kill(slot);
        await this.hold({ transfer: random.next() < 0.5, membership: false });
        this.note(`${kind}: restart node ${slot}`);
        await this.startSafely(slot);
        return;
      }
      case "pause-random":
      case "pause-leader": {
        const slot =
          kind === "pause-leader" ? await this.leaderOrRandom() : random.pick(nodes.slots);
        const holdMs = this.holdMs();
        this.note(`${kind}: SIGSTOP node ${slot} for ${holdMs} ms`);
        nodes.pause(slot);
        await sleep(holdMs);
        nodes.resume(slot);
        this.note(`${kind}: SIGCONT node ${slot}`);
        return;
      }
      case "partition-majority": {
        const order = random.shuffle(nodes.slots);
        const minority = order.slice(0, 2);
        const majority = order.slice(2);
        this.note(`${kind}: [${minority}] | [${majority}]`);
        await network.partition(minority, majority);
        await this.hold({ transfer: random.next() < 0.5, membership: false });
        return this.heal(kind);
      }
      case "isolate-leader": {
        const slot = await this.leaderOrRandom();
        this.note(`${kind}: bridge port of node ${slot} down`);
        await network.isolate(slot);
        await this.hold({ transfer: false, membership: false });
        return this.heal(kind);
      }
      case "partition-bridge": {
        const [a, b, c, d, e] = random.shuffle(nodes.slots) as [
          number,
          number,
          number,
          number,
          number,
        ];
        this.note(`${kind}: [${a},${b}] | [${d},${e}], node ${c} sees both sides`);
        await network.partition([a, b], [d, e]);
        await this.hold({ transfer: random.next() < 0.5, membership: false });
        return this.heal(kind);
      }
      case "asymmetric-leader": {
        const slot = await this.leaderOrRandom();
        this.note(`${kind}: everything node ${slot} sends to the other nodes is dropped`);
        for (const other of nodes.slots) if (other !== slot) await network.blockRoute(slot, other);
        await this.hold({ transfer: false, membership: false });
        return this.heal(kind);
      }
      case "netem": {
        const count = random.int(2, nodes.slots.length + 1);
        const shaped = random.shuffle(nodes.slots).slice(0, count);
        const spec = network.netemAvailable
          ? [
              ...["netem", "delay", `${random.int(20, 80)}ms`, `${random.int(5, 25)}ms`],
              ...["loss", `${random.int(0, 10)}%`, "reorder", "25%", "50%"],
            ]
          : [
              ...["tbf", "rate", `${random.int(64, 1024)}kbit`, "burst", "4kb"],
              ...["latency", `${random.int(20, 200)}ms`],
            ];
        this.note(`${kind}: ${spec.join(" ")} on [${shaped}]`);
        for (const slot of shaped) await network.shape(slot, spec);
        await this.hold({ transfer: random.next() < 0.5, membership: random.next() < 0.5 });
        return this.heal(kind);
      }
      case "membership":
        return this.cycleMember(random.pick(nodes.slots));
      case "transfer":
        return this.transfer();
    }
  }

  /** Holds a fault for a while, optionally transferring leadership or changing membership. */
  private async hold(during: { transfer: boolean; membership: boolean }): Promise<void> {
    const until = Date.now() + this.holdMs();
    if (during.transfer) await this.transfer();
    if (during.membership) {
      const running = this.options.nodes.slots.filter((slot) => this.options.nodes.isRunning(slot));
      if (running.length > 0) await this.cycleMember(this.options.random.pick(running));
    }
    const leftMs = until - Date.now();
    if (leftMs > 0) await sleep(leftMs);
  }

  private async heal(kind: string): Promise<void> {
    await this.options.network.healAll();
    this.note(`${kind}: healed`);
  }

  /** Heals every fault: network, pauses, stopped nodes, membership. */
  async healEverything(): Promise<void> {
    await this.options.network.healAll();
    for (const slot of this.options.nodes.slots) this.options.nodes.resume(slot);
    for (const slot of this.options.nodes.slots) {
      if (!this.options.nodes.isRunning(slot)) await this.startSafely(slot);
    }
    await this.reconcile();
    this.note("healed everything");
  }

  private async startSafely(slot: number): Promise<void> {
    try {
      await this.options.nodes.start(slot);
    } catch (error) {
      this.note(`could not start node ${slot}: ${(error as Error).message}`);
    }
  }

  private async settle(): Promise<void> {
    try {
      await waitUntil("a leader", () => this.options.nodes.leader(), SETTLE_LEADER_TIMEOUT_MS, 100);
    } catch {
      this.notes.push(`no leader within ${SETTLE_LEADER_TIMEOUT_MS} ms after a heal`);
      this.note(`no leader within ${SETTLE_LEADER_TIMEOUT_MS} ms after a heal`);
    }
    // Quiet time: let the workload make progress between faults.
    await sleep(this.options.random.int(300, 1_200));
  }

  private async leaderOrRandom(): Promise<number> {
    return (
      (await this.options.nodes.leader()) ?? this.options.random.pick(this.options.nodes.slots)
    );
  }

  private async transfer(): Promise<void> {
    const leader = await this.options.nodes.leader();
    const voters = (await this.membersOrUndefined())?.filter((member) => member.voter) ?? [];
    const targets = voters.map((member) => member.nodeId).filter((id) => id !== leader);
    if (targets.length === 0) return;
    const target = this.options.random.pick(targets);
    this.note(`transfer leadership ${leader ?? "?"} -> ${target}`);
    await this.admin(`transfer to ${target}`, () =>
      this.options.admin.client.transferLeader(target),
    );
  }

  /** Removes `slot` from the cluster, wipes it, and adds it back. */
  private async cycleMember(slot: number): Promise<void> {
    const { nodes, admin, random } = this.options;
    this.note(`membership: remove node ${slot}`);
    if (!(await this.admin(`remove ${slot}`, () => admin.client.removeNode(slot)))) return;
    await nodes.wipeAndJoin(slot).catch((error: unknown) => {
      this.note(`membership: could not restart node ${slot}: ${(error as Error).message}`);
    });
    if (random.next() < 0.5) {
      this.note(`membership: add node ${slot} as a learner`);
      if (
        !(await this.admin(`add learner ${slot}`, () =>
          admin.client.addLearner(slot, nodes.address(slot)),
        ))
      )
        return;
      await this.waitCaughtUp(slot);
      this.note(`membership: promote node ${slot}`);
      await this.admin(`promote ${slot}`, () => admin.client.promote(slot));
    } else {
      this.note(`membership: add node ${slot} as a voter`);
      await this.admin(`add ${slot}`, () => admin.client.addNode(slot, nodes.address(slot)));
    }
  }

  private async waitCaughtUp(slot: number): Promise<void> {
    try {
      const commitIndex = (await this.options.admin.client.status()).commitIndex ?? 0;
      await waitUntil(
        `node ${slot} to apply ${commitIndex}`,
        async () => {
          const status = await this.options.nodes.status(slot);
          return (status?.appliedIndex ?? 0) >= commitIndex ? true : undefined;
        },
        CATCH_UP_TIMEOUT_MS,
      );
    } catch (error) {
      this.note(`membership: ${(error as Error).message}`);
    }
  }

  /** Runs an admin operation; logs a failure (its outcome is unknown) and returns false. */
  private async admin(what: string, operation: () => Promise<unknown>): Promise<boolean> {
    try {
      await operation();
      return true;
    } catch (error) {
      this.note(`admin ${what} failed: ${(error as Error).message}`);
      return false;
    }
  }

  private async membersOrUndefined(): Promise<Member[] | undefined> {
    try {
      const answer = await this.options.admin.client.members();
      return (answer.members ?? []).map((member) => ({
        nodeId: member.nodeId ?? 0,
        voter: member.voter === true,
        learner: member.learner === true,
      }));
    } catch {
      return undefined;
    }
  }

  /**
   * Brings the cluster back to every slot being a running voter: finishes half-done
   * membership changes (promote learners, add missing nodes after wiping them). Bounded.
   */
  async reconcile(): Promise<void> {
    const { nodes, admin } = this.options;
    const deadline = Date.now() + RECONCILE_TIMEOUT_MS;
    while (Date.now() < deadline) {
      for (const slot of nodes.slots) {
        nodes.resume(slot);
        if (!nodes.isRunning(slot)) await this.startSafely(slot);
      }
      const members = await this.membersOrUndefined();
      if (members === undefined) {
        await sleep(200);
        continue;
      }
      const missing = nodes.slots.filter(
        (slot) => !members.some((member) => member.nodeId === slot),
      );
      const learners = members.filter((member) => member.learner).map((member) => member.nodeId);
      if (missing.length === 0 && learners.length === 0) return;
      this.note(`reconcile: missing [${missing}], learners [${learners}]`);
      for (const slot of missing) {
        await nodes.wipeAndJoin(slot).catch(() => undefined);
        await this.admin(`add ${slot}`, () => admin.client.addNode(slot, nodes.address(slot)));
      }
      for (const slot of learners) {
        await this.waitCaughtUp(slot);
        await this.admin(`promote ${slot}`, () => admin.client.promote(slot));
      }
    }
    this.notes.push(`membership not reconciled within ${RECONCILE_TIMEOUT_MS} ms`);
    this.note(`membership not reconciled within ${RECONCILE_TIMEOUT_MS} ms`);
  }
}
