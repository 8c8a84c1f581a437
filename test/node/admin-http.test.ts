import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type AdminServer, startAdminServer } from "../../src/node/admin-http.js";
import type { KvCommand, KvQuery, KvResponse } from "../../src/node/kv-state-machine.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { KV, memoryCluster, tcpCluster } from "../helpers/cluster.js";

type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;
const servers: AdminServer[] = [];

// Before the cluster stops the nodes (test/helpers/cluster.ts).
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** `size` nodes on the memory network (not made yet), at addresses 127.0.0.1:41000 and on. */
function kvCluster(size: number) {
  return memoryCluster({
    size,
    application: KV,
    options: { electionTimeoutMinMs: 60, electionTimeoutMaxMs: 120, heartbeatIntervalMs: 10 },
    address: (id) => `127.0.0.1:${40999 + id}`,
  });
}

/** An admin server on 127.0.0.1, OS-assigned port, closed after the test. */
async function adminFor(node: KvNode): Promise<AdminServer> {
  const server = await startAdminServer(node, { host: "127.0.0.1", port: 0 });
  servers.push(server);
  return server;
}

function url(server: AdminServer, route: string): string {
  const { host, port } = server.address();
  return `http://${host}:${port}${route}`;
}

async function getJson(server: AdminServer, route: string) {
  const response = await fetch(url(server, route));
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function scrape(server: AdminServer): Promise<string> {
  const response = await fetch(url(server, "/metrics"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  return response.text();
}

/** The value of one sample, e.g. sample(text, 'ruvraft_role{role="leader"}'); undefined if absent. */
function sample(text: string, series: string): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return undefined;
}

/** Every series of a metric name with its labels, e.g. peers of ruvraft_peer_lag_entries. */
function seriesOf(text: string, name: string): string[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`))
    .map((line) => line.slice(0, line.lastIndexOf(" ")));
}

/** Polls `check` every 10 ms until it returns true; fails after `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("admin HTTP: /metrics, /health, /status", () => {
  it("serves a single-node cluster's metrics, health and status", async () => {
    const node = kvCluster(1).make(1);
    const admin = await adminFor(node); // before start(): counts the first election
    await node.start();
    await node.waitForLeader(5000);
    const proposals = 5;
    for (let i = 0; i < proposals; i++) await node.propose({ op: "put", key: `k${i}`, value: "v" });

    const text = await scrape(admin);
    expect(sample(text, "ruvraft_node_up")).toBe(1);
    expect(sample(text, "ruvraft_term")).toBeGreaterThanOrEqual(1);
    expect(sample(text, "ruvraft_is_leader")).toBe(1);
    expect(sample(text, "ruvraft_leader_id")).toBe(1);
    expect(sample(text, 'ruvraft_role{role="leader"}')).toBe(1);
    expect(sample(text, 'ruvraft_role{role="follower"}')).toBe(0);
    expect(sample(text, 'ruvraft_role{role="pre-candidate"}')).toBe(0);
    expect(sample(text, 'ruvraft_role{role="candidate"}')).toBe(0);
    expect(sample(text, "ruvraft_commit_index")).toBeGreaterThanOrEqual(proposals);
    expect(sample(text, "ruvraft_applied_index")).toBeGreaterThanOrEqual(proposals);
    expect(sample(text, "ruvraft_last_index")).toBeGreaterThanOrEqual(proposals);
    expect(sample(text, "ruvraft_snapshot_index")).toBe(1); // the bootstrap snapshot
    expect(sample(text, 'ruvraft_members{kind="voter"}')).toBe(1);
    expect(sample(text, 'ruvraft_members{kind="learner"}')).toBe(0);
    expect(sample(text, "ruvraft_fsync_duration_seconds_count")).toBeGreaterThan(0);
    expect(sample(text, "ruvraft_fsync_duration_seconds_sum")).toBeGreaterThan(0);
    expect(sample(text, 'ruvraft_fsync_duration_seconds_bucket{le="+Inf"}')).toBeGreaterThan(0);
    expect(sample(text, "ruvraft_group_commit_entries_count")).toBeGreaterThan(0);
    expect(sample(text, "ruvraft_group_commit_entries_sum")).toBeGreaterThanOrEqual(proposals);
    expect(sample(text, "ruvraft_group_commit_bytes_sum")).toBeGreaterThan(0);
    expect(sample(text, "ruvraft_proposals_total")).toBe(proposals);
    expect(sample(text, "ruvraft_elections_total")).toBeGreaterThanOrEqual(1);
    expect(sample(text, "ruvraft_leader_changes_total")).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'ruvraft_snapshots_total{kind="taken"}')).toBe(0);
    expect(sample(text, 'ruvraft_snapshot_sends_total{result="failed"}')).toBe(0);
    expect(seriesOf(text, "ruvraft_peer_lag_entries")).toEqual([]); // no other peer
    expect(sample(text, 'ruvraft_proposal_duration_seconds_count{outcome="applied"}')).toBe(
      proposals,
    );
    expect(
      sample(text, 'ruvraft_proposal_duration_seconds_sum{outcome="applied"}'),
    ).toBeGreaterThan(0);
    expect(sample(text, "ruvraft_proposals_pending")).toBe(0);
    expect(sample(text, "ruvraft_log_disk_bytes")).toBeGreaterThan(0);
    expect(text).toContain("# TYPE ruvraft_snapshot_send_duration_seconds histogram");
    expect(text).toContain("# TYPE ruvraft_snapshot_receive_duration_seconds histogram");
    expect(text).toContain("# TYPE ruvraft_fsync_duration_seconds histogram");
    expect(text).toContain("# TYPE ruvraft_proposals_total counter");
    // Process metrics are present (their values are deltas of a shared collector: may be 0).
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThanOrEqual(0);

    const health = await getJson(admin, "/health");
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, nodeId: 1, role: "leader", leaderId: 1 });

    const status = await getJson(admin, "/status");
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ nodeId: 1, role: "leader", leaderId: 1 });
    expect(status.body.commitIndex).toBeGreaterThanOrEqual(proposals);
    expect(status.body.members).toEqual([
      { nodeId: 1, address: "127.0.0.1:41000", voter: true, learner: false },
    ]);
  });

  it("shows per-peer match index and lag on the leader of a 3-node cluster only", async () => {
    const cluster = kvCluster(3);
    const nodes = [1, 2, 3].map((id) => cluster.make(id));
    const admins = await Promise.all(nodes.map((node) => adminFor(node)));
    await cluster.start();
    const leader = await cluster.leader();
    const proposals = 10;
    for (let i = 0; i < proposals; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: "v" });
    const leaderAdmin = admins[nodes.indexOf(leader)] as AdminServer;

    // Followers acknowledge asynchronously: wait (bounded) until both have caught up.
    await eventually(async () => {
      const text = await scrape(leaderAdmin);
      return seriesOf(text, "ruvraft_peer_lag_entries").every(
        (series) => sample(text, series) === 0,
      );
    });
    const text = await scrape(leaderAdmin);
    const others = nodes.filter((node) => node !== leader).map((node) => node.config.nodeId);
    expect(seriesOf(text, "ruvraft_peer_lag_entries").sort()).toEqual(
      others.map((id) => `ruvraft_peer_lag_entries{peer="${id}"}`),
    );
    const commitIndex = sample(text, "ruvraft_commit_index") as number;
    expect(commitIndex).toBeGreaterThanOrEqual(proposals);
    for (const id of others) {
      expect(sample(text, `ruvraft_peer_match_index{peer="${id}"}`)).toBeGreaterThanOrEqual(
        proposals,
      );
    }
    expect(sample(text, "ruvraft_is_leader")).toBe(1);
    expect(sample(text, "ruvraft_proposals_total")).toBe(proposals);
    expect(sample(text, 'ruvraft_members{kind="voter"}')).toBe(3);
    for (const id of others) expect(sample(text, `ruvraft_peer_lag_seconds{peer="${id}"}`)).toBe(0);

    let elections = 0;
    for (const [position, node] of nodes.entries()) {
      const admin = admins[position] as AdminServer;
      const scraped = await scrape(admin);
      elections += sample(scraped, "ruvraft_elections_total") ?? 0;
      expect(sample(scraped, "ruvraft_leader_id")).toBe(leader.config.nodeId);
      expect(sample(scraped, "ruvraft_term")).toBeGreaterThanOrEqual(1);
      expect(sample(scraped, "ruvraft_group_commit_entries_count")).toBeGreaterThan(0);
      const health = await getJson(admin, "/health");
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ ok: true, leaderId: leader.config.nodeId });
      if (node !== leader) {
        expect(sample(scraped, "ruvraft_is_leader")).toBe(0);
        expect(sample(scraped, 'ruvraft_role{role="follower"}')).toBe(1);
        expect(seriesOf(scraped, "ruvraft_peer_match_index")).toEqual([]);
        expect(seriesOf(scraped, "ruvraft_peer_lag_entries")).toEqual([]);
        expect(sample(scraped, "ruvraft_proposals_total")).toBe(0);
      }
    }
    expect(elections).toBeGreaterThanOrEqual(1);

    // A follower that stops gets behind in entries and in time: the first entry it lacks was
    // appended before the wait, so it is at least that old.
    const stopped = nodes.find((node) => node !== leader) as (typeof nodes)[number];
    await stopped.stop();
    await leader.propose({ op: "put", key: "late", value: "v" });
    const waitMs = 100;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    const behind = await scrape(leaderAdmin);
    const peer = `{peer="${stopped.config.nodeId}"}`;
    expect(sample(behind, `ruvraft_peer_lag_entries${peer}`)).toBeGreaterThanOrEqual(1);
    expect(sample(behind, `ruvraft_peer_lag_seconds${peer}`)).toBeGreaterThanOrEqual(
      (waitMs - 5) / 1000,
    );
  });

  it("counts the TCP transport's frames, bytes and socket writes; an in-memory one shows 0", async () => {
    const cluster = await tcpCluster({
      size: 3,
      application: KV,
      options: { electionTimeoutMinMs: 100, electionTimeoutMaxMs: 200, heartbeatIntervalMs: 20 },
      seeded: false,
    });
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    const admin = await adminFor(leader);
    const before = await scrape(admin);
    const proposals = 20;
    for (let i = 0; i < proposals; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: "v" });
    const after = await scrape(admin);
    const stats = leader.transportStats();
    expect(stats).toBeDefined();
    const grew = (name: string) =>
      (sample(after, name) as number) - (sample(before, name) as number);
    // Each proposal waits for its commit before the next is made, so each needs an append
    // frame of its own to some follower and an acknowledgement of its own back. (Not two of
    // each: one follower's acknowledgement commits, and the other's may still be on its way
    // when the leader is scraped, as on a busy machine, or it may be paused in probe state.)
    expect(grew("ruvraft_transport_frames_sent_total")).toBeGreaterThanOrEqual(proposals);
    expect(grew("ruvraft_transport_frames_received_total")).toBeGreaterThanOrEqual(proposals);
    expect(grew("ruvraft_transport_bytes_sent_total")).toBeGreaterThan(proposals * 20);
    expect(grew("ruvraft_transport_bytes_received_total")).toBeGreaterThan(0);
    const writes = grew("ruvraft_transport_socket_writes_total");
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThanOrEqual(grew("ruvraft_transport_frames_sent_total"));
    expect(sample(after, "ruvraft_transport_dropped_frames_total")).toBe(0);
    // The series follow the transport's own counts (read at or after the scrape).
    for (const [name, count] of [
      ["ruvraft_transport_frames_sent_total", stats?.framesSent],
      ["ruvraft_transport_socket_writes_total", stats?.socketWrites],
      ["ruvraft_transport_bytes_sent_total", stats?.bytesSent],
    ] as const) {
      expect(sample(after, name)).toBeGreaterThan(0);
      expect(sample(after, name)).toBeLessThanOrEqual(count as number);
    }
    expect(nodes.every((node) => node.transportStats() !== undefined)).toBe(true);

    const memory = kvCluster(1);
    const single = memory.make(1);
    const memoryAdmin = await adminFor(single);
    await memory.start();
    await single.waitForLeader(5000);
    await single.propose({ op: "put", key: "k", value: "v" });
    expect(single.transportStats()).toBeUndefined();
    expect(sample(await scrape(memoryAdmin), "ruvraft_transport_frames_sent_total")).toBe(0);
  });

  it("answers 503 on /health before start and while no leader is known", async () => {
    const cluster = kvCluster(3);
    const lonely = cluster.make(1); // its two peers stop once the cluster is founded
    const admin = await adminFor(lonely);

    const before = await getJson(admin, "/health");
    expect(before.status).toBe(503);
    expect(before.body.ok).toBe(false);
    expect(String(before.body.reason)).toMatch(/^node not running/);
    expect((await getJson(admin, "/status")).status).toBe(503);
    const notStarted = await scrape(admin);
    expect(sample(notStarted, "ruvraft_node_up")).toBe(0);
    expect(seriesOf(notStarted, "ruvraft_role")).toEqual([]);

    // A founder starts once it has met the others (src/node/founding.ts); then they stop.
    const others = [cluster.make(2), cluster.make(3)];
    await Promise.all([lonely, ...others].map((node) => node.start()));
    await lonely.waitForLeader(5000);
    const founded = await scrape(admin);
    const term = sample(founded, "ruvraft_term");
    const preElections = sample(founded, "ruvraft_pre_elections_total") ?? 0;
    await Promise.all(others.map((node) => node.stop()));
    // Bounded wait for a pre-vote round that cannot succeed (no quorum): a leader steps down
    // first (check quorum), a follower's pre-candidacy forgets its leader.
    await eventually(
      async () => (sample(await scrape(admin), "ruvraft_pre_elections_total") ?? 0) > preElections,
    );
    const health = await getJson(admin, "/health");
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ ok: false, reason: "no leader known", leaderId: 0 });
    const text = await scrape(admin);
    expect(sample(text, "ruvraft_node_up")).toBe(1);
    expect(sample(text, "ruvraft_leader_id")).toBe(0);
    expect(sample(text, "ruvraft_is_leader")).toBe(0);
    // Pre-vote keeps the term: no election started without a quorum.
    expect(sample(text, "ruvraft_elections_total")).toBe(
      sample(founded, "ruvraft_elections_total"),
    );
    expect(sample(text, "ruvraft_term")).toBe(term);
    const status = await getJson(admin, "/status");
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ nodeId: 1, leaderId: 0 });
    expect(status.body.members as unknown[]).toHaveLength(3);
  });

  it("answers 404 for unknown paths, 405 for other methods, 400 for a malformed request", async () => {
    const node = kvCluster(1).make(1);
    const admin = await adminFor(node);
    await node.start();
    await node.waitForLeader(5000);

    const missing = await getJson(admin, "/nope");
    expect(missing.status).toBe(404);
    expect((await fetch(url(admin, "/metrics/extra"))).status).toBe(404);
    expect((await fetch(url(admin, "/"))).status).toBe(404);
    for (const method of ["POST", "PUT", "DELETE"]) {
      const response = await fetch(url(admin, "/metrics"), { method, body: "x" });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET");
      await response.body?.cancel();
    }
    expect((await fetch(url(admin, "/health"), { method: "HEAD" })).status).toBe(405);
    expect((await fetch(url(admin, "/health?verbose=1"))).status).toBe(200);

    const reply = await rawRequest(admin, "NOT HTTP AT ALL\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    // The server (and the node) carry on.
    expect((await fetch(url(admin, "/health"))).status).toBe(200);
  });

  it("detaches from the node on close, and close is idempotent", async () => {
    const node = kvCluster(1).make(1);
    const events = ["roleChange", "leaderChange", "groupCommit", "proposal", "snapshot"] as const;
    const before = events.map((event) => node.listenerCount(event));
    const admin = await startAdminServer(node, { host: "127.0.0.1", port: 0 });
    expect(events.map((event) => node.listenerCount(event))).toEqual(before.map((n) => n + 1));
    const { port } = admin.address();
    expect(port).toBeGreaterThan(0);
    await Promise.all([admin.close(), admin.close()]);
    await admin.close();
    expect(events.map((event) => node.listenerCount(event))).toEqual(before);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  it("rejects when the port is taken, without keeping listeners on the node", async () => {
    const node = kvCluster(1).make(1);
    const first = await adminFor(node);
    const listeners = node.listenerCount("groupCommit");
    await expect(
      startAdminServer(node, { host: "127.0.0.1", port: first.address().port }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
    expect(node.listenerCount("groupCommit")).toBe(listeners);
  });
});

/** Sends raw bytes and resolves with everything the server answers before closing. */
function rawRequest(server: AdminServer, request: string): Promise<string> {
  const { host, port } = server.address();
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    let received = "";
    socket.setEncoding("utf8");
    socket.setTimeout(5000, () => socket.destroy(new Error("no answer within 5000 ms")));
    socket.on("data", (chunk: string) => {
      received += chunk;
    });
    socket.on("end", () => resolve(received));
    socket.on("error", reject);
    socket.write(request);
  });
}
