/**
 * The fault suite's network: one Linux network namespace per node, wired to a bridge that
 * lives in its own namespace, plus a veth from the root namespace (where the clients and the
 * nemesis run) into the same bridge. Everything is made with iproute2 (`ip`, `tc`).
 *
 *   root ns:  <prefix>c  10.A.B.100/24 ──┐
 *   <prefix>-br:  br0 ── pc, p1 .. pN     │ (veth pairs)
 *   <prefix>-n<i>:  eth0  10.A.B.<i>/24 ──┘
 *
 * - Names: the prefix is `rvf<pid % 10000>` (namespace and interface names stay short: Linux
 *   allows 15 characters per interface name). A registry file per run
 *   (`/tmp/ruvraft-fault-nets/<prefix>.pid`, holding the full pid) lets a later run remove
 *   what a crashed run left behind; nothing without the prefix is ever touched.
 * - The subnet 10.A.B.0/24 is drawn per run (A in [200, 240)) and refused when the root
 *   namespace already routes any 10.A.B.x address.
 * - Faults: `isolate` takes a node's bridge port down (the node loses everyone, clients
 *   included); `blockRoute` adds a blackhole route inside a node's namespace towards another
 *   node (one direction: selective, possibly asymmetric partitions that a single bridge
 *   cannot express with link state alone); `netem` replaces the root qdisc of a node's eth0
 *   (its egress) with a netem delay / loss / reorder discipline. `healAll` undoes all three.
 * - Kernels without sch_netem (the Firecracker VM this suite was written on has no netem, no
 *   tc actions, only tbf / htb / pfifo): `netemAvailable` says so, and the nemesis shapes the
 *   link with `tbf` instead (a low rate and a bounded queue: queueing delay and tail drops,
 *   hence TCP retransmissions; no reordering). The run's report says which one it used.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const REGISTRY_DIRECTORY = "/tmp/ruvraft-fault-nets";
/** Every `ip`/`tc` command gets this long (they take milliseconds; a hang is a bug). */
const COMMAND_TIMEOUT_MS = 10_000;
const SUBNET_ATTEMPTS_MAX = 32;
/** The root namespace's host number on the subnet (nodes use 1 .. nodes). */
const ROOT_HOST = 100;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; never rejects (the caller reads `code`). */
export function run(file: string, args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      const code =
        error === null ? 0 : typeof error.code === "number" ? error.code : (error.code ?? 1);
      resolve({ code: Number(code) || (error === null ? 0 : 1), stdout, stderr });
    });
  });
}

async function must(file: string, args: readonly string[]): Promise<string> {
  const result = await run(file, args);
  if (result.code !== 0) {
    throw new Error(`${file} ${args.join(" ")} failed (${result.code}): ${result.stderr.trim()}`);
  }
  return result.stdout;
}

/** True when this process may create network namespaces (root with iproute2). */
export async function namespacesAvailable(): Promise<{ ok: boolean; reason: string }> {
  if (process.platform !== "linux") return { ok: false, reason: "not Linux" };
  if (process.getuid?.() !== 0) return { ok: false, reason: "not root" };
  const probe = `rvfprobe${process.pid % 10000}`;
  const added = await run("ip", ["netns", "add", probe]);
  if (added.code !== 0) return { ok: false, reason: `ip netns add: ${added.stderr.trim()}` };
  await run("ip", ["netns", "del", probe]);
  const tc = await run("tc", ["-V"]);
  if (tc.code !== 0) return { ok: false, reason: "tc (iproute2) is missing" };
  return { ok: true, reason: "" };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function namespaceNames(): Promise<string[]> {
  const listed = await run("ip", ["netns", "list"]);
  return listed.stdout
    .split("\n")
    .map((line) => line.split(" ")[0] ?? "")
    .filter((name) => name !== "");
}

/** Removes the namespaces and root veth of `prefix` (whatever of them exists). */
async function removePrefix(prefix: string): Promise<void> {
  for (const name of await namespaceNames()) {
    if (name.startsWith(`${prefix}-`)) await run("ip", ["netns", "del", name]);
  }
  await run("ip", ["link", "del", `${prefix}c`]);
  fs.rmSync(path.join(REGISTRY_DIRECTORY, `${prefix}.pid`), { force: true });
}

/**
 * A namespace prefix no live run holds: `rvf<pid mod 10000>`, or the next free number. Two
 * suites on one machine (a long run beside \`npm test\`'s round) once drew the same prefix, and
 * the second removed the first's namespaces at its start, cutting every node of the first.
 * After removeLeftovers, a registry file left is a live run's.
 */
export function freePrefix(): string {
  for (let offset = 0; offset < 10_000; offset++) {
    const prefix = `rvf${(process.pid + offset) % 10_000}`;
    const registry = path.join(REGISTRY_DIRECTORY, `${prefix}.pid`);
    if (!fs.existsSync(registry)) return prefix;
    const owner = Number(fs.readFileSync(registry, "utf8"));
    if (owner === process.pid || !Number.isSafeInteger(owner) || !isAlive(owner)) return prefix;
  }
  throw new Error("no free fault-network prefix: 10,000 live runs?");
}

/** Removes what earlier runs whose process is gone left behind (by their registry files). */
export async function removeLeftovers(): Promise<string[]> {
  const removed: string[] = [];
  let files: string[] = [];
  try {
    files = fs.readdirSync(REGISTRY_DIRECTORY);
  } catch {
    return removed;
  }
  for (const file of files) {
    if (!/^rvf\d+\.pid$/.test(file)) continue;
    const prefix = file.slice(0, -".pid".length);
    const pid = Number(fs.readFileSync(path.join(REGISTRY_DIRECTORY, file), "utf8"));
    if (Number.isSafeInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    await removePrefix(prefix);
    removed.push(prefix);
  }
  return removed;
}

export class FaultNetwork {
  readonly prefix: string;
  readonly subnet: string;
  private readonly isolated = new Set<number>();
  private readonly routes = new Set<string>();
  private readonly shaped = new Set<number>();
  /** Whether the kernel has sch_netem (probed once at create). */
  netemAvailable = false;

  private constructor(
    prefix: string,
    subnet: string,
    readonly nodeCount: number,
  ) {
    this.prefix = prefix;
    this.subnet = subnet;
  }

  /** Creates the namespaces, bridge and links (after removing leftovers of this prefix). */
  static async create(options: { nodeCount: number; random: () => number }): Promise<FaultNetwork> {
    await removeLeftovers();
    const prefix = freePrefix();
    await removePrefix(prefix);
    const subnet = await FaultNetwork.freeSubnet(options.random);
    fs.mkdirSync(REGISTRY_DIRECTORY, { recursive: true });
    fs.writeFileSync(path.join(REGISTRY_DIRECTORY, `${prefix}.pid`), String(process.pid));
    const network = new FaultNetwork(prefix, subnet, options.nodeCount);
    try {
      await network.build();
      network.netemAvailable = await network.probeNetem();
    } catch (error) {
      await network.destroy();
      throw error;
    }
    return network;
  }

  private static async freeSubnet(random: () => number): Promise<string> {
    const routes = await must("ip", ["-4", "route", "show", "table", "all"]);
    const addresses = await must("ip", ["-4", "addr", "show"]);
    for (let attempt = 0; attempt < SUBNET_ATTEMPTS_MAX; attempt++) {
      const subnet = `10.${200 + Math.floor(random() * 40)}.${Math.floor(random() * 256)}`;
      if (!routes.includes(`${subnet}.`) && !addresses.includes(`${subnet}.`)) return subnet;
    }
    throw new Error(`no free 10.x.y.0/24 subnet after ${SUBNET_ATTEMPTS_MAX} tries`);
  }

  namespace(slot: number): string {
    return `${this.prefix}-n${slot}`;
  }

  get bridgeNamespace(): string {
    return `${this.prefix}-br`;
  }

  host(slot: number): string {
    return `${this.subnet}.${slot}`;
  }

  private async build(): Promise<void> {
    const bridge = this.bridgeNamespace;
    await must("ip", ["netns", "add", bridge]);
    await must("ip", ["-n", bridge, "link", "add", "br0", "type", "bridge"]);
    await must("ip", ["-n", bridge, "link", "set", "br0", "type", "bridge", "stp_state", "0"]);
    await must("ip", ["-n", bridge, "link", "set", "br0", "up"]);
    const rootLink = `${this.prefix}c`;
    await must("ip", [
      "link",
      "add",
      rootLink,
      "type",
      "veth",
      "peer",
      "name",
      "pc",
      "netns",
      bridge,
    ]);
    await must("ip", ["-n", bridge, "link", "set", "pc", "master", "br0", "up"]);
    await must("ip", ["addr", "add", `${this.subnet}.${ROOT_HOST}/24`, "dev", rootLink]);
    await must("ip", ["link", "set", rootLink, "up"]);
    for (let slot = 1; slot <= this.nodeCount; slot++) {
      const namespace = this.namespace(slot);
      await must("ip", ["netns", "add", namespace]);
      await must("ip", [
        ...["-n", bridge, "link", "add", `p${slot}`, "type", "veth"],
        ...["peer", "name", "eth0", "netns", namespace],
      ]);
      await must("ip", ["-n", bridge, "link", "set", `p${slot}`, "master", "br0", "up"]);
      await must("ip", ["-n", namespace, "addr", "add", `${this.host(slot)}/24`, "dev", "eth0"]);
      await must("ip", ["-n", namespace, "link", "set", "eth0", "up"]);
      await must("ip", ["-n", namespace, "link", "set", "lo", "up"]);
    }
  }

  /** Takes node `slot`'s bridge port down: it reaches nobody and nobody reaches it. */
  async isolate(slot: number): Promise<void> {
    await must("ip", ["-n", this.bridgeNamespace, "link", "set", `p${slot}`, "down"]);
    this.isolated.add(slot);
  }

  async reconnect(slot: number): Promise<void> {
    await must("ip", ["-n", this.bridgeNamespace, "link", "set", `p${slot}`, "up"]);
    this.isolated.delete(slot);
  }

  /** Drops every packet node `from` sends to node `to` (one direction). */
  async blockRoute(from: number, to: number): Promise<void> {
    const key = `${from}>${to}`;
    if (this.routes.has(key)) return;
    await must("ip", [
      "-n",
      this.namespace(from),
      "route",
      "add",
      "blackhole",
      `${this.host(to)}/32`,
    ]);
    this.routes.add(key);
  }

  /** Cuts both directions between every node of `left` and every node of `right`. */
  async partition(left: readonly number[], right: readonly number[]): Promise<void> {
    for (const a of left) {
      for (const b of right) {
        await this.blockRoute(a, b);
        await this.blockRoute(b, a);
      }
    }
  }

  private async probeNetem(): Promise<boolean> {
    const exec = ["netns", "exec", this.bridgeNamespace, "tc", "qdisc"];
    const added = await run("ip", [...exec, "add", "dev", "lo", "root", "netem", "delay", "1ms"]);
    if (added.code !== 0) return false;
    await run("ip", [...exec, "del", "dev", "lo", "root"]);
    return true;
  }

  /**
   * Replaces node `slot`'s egress qdisc with `discipline` and its arguments (`netem ...`, or
   * `tbf ...` where netem is missing).
   */
  async shape(slot: number, discipline: readonly string[]): Promise<void> {
    await must("ip", [
      ...["netns", "exec", this.namespace(slot)],
      ...["tc", "qdisc", "replace", "dev", "eth0", "root", ...discipline],
    ]);
    this.shaped.add(slot);
  }

  /** Undoes every isolation, blackhole route and netem discipline. */
  async healAll(): Promise<void> {
    for (const slot of [...this.isolated]) await this.reconnect(slot);
    for (const key of [...this.routes]) {
      const [from, to] = key.split(">").map(Number) as [number, number];
      await must("ip", [
        ...["-n", this.namespace(from), "route", "del", "blackhole"],
        `${this.host(to)}/32`,
      ]);
      this.routes.delete(key);
    }
    for (const slot of [...this.shaped]) {
      await must("ip", [
        ...["netns", "exec", this.namespace(slot)],
        ...["tc", "qdisc", "del", "dev", "eth0", "root"],
      ]);
      this.shaped.delete(slot);
    }
  }

  /** What is currently broken, for the nemesis log. */
  describeFaults(): string {
    return `isolated [${[...this.isolated].join(",")}] blocked [${[...this.routes].join(",")}] shaped [${[...this.shaped].join(",")}]`;
  }

  /** Removes every namespace, link and the registry file of this run. Idempotent. */
  async destroy(): Promise<void> {
    await removePrefix(this.prefix);
  }
}
