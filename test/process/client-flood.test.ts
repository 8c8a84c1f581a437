/**
 * Clients cannot starve the peers (issue 13 #4): 5,000 client connections opened against the
 * leader and held open. The node serves at most clientConnectionsPerAddressMax of them from
 * one address and refuses the rest at their Hello (ETOOMANY, a few log lines, not one each);
 * peers are never counted against those bounds, so the leader keeps its term and commits.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ClientConnection, HandshakeError } from "../../src/transport/index.js";
import { ProcessCluster } from "./cluster-harness.js";

const CONNECTIONS = 5_000;
const BATCH = 250;

let cluster: ProcessCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

describe("a client connection flood", () => {
  it(`keeps the leader and its term while ${CONNECTIONS} client connections are held open`, async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    await active.startAll();
    const leader = await active.waitForLeader([1, 2, 3]);
    const kv = active.kv();
    await kv.put("before", "1");
    // Through the kv client's own connection (a new one would meet the flood's bound).
    const before = await kv.client.status(active.address(leader));
    expect(before.role).toBe("leader");

    const held: ClientConnection[] = [];
    const refusals = new Map<string, number>();
    for (let opened = 0; opened < CONNECTIONS; opened += BATCH) {
      const results = await Promise.allSettled(
        Array.from({ length: BATCH }, () => active.connect(leader, 10_000)),
      );
      for (const result of results) {
        if (result.status === "fulfilled") {
          held.push(result.value);
        } else {
          const code = (result.reason as HandshakeError).reasonCode ?? String(result.reason);
          refusals.set(code, (refusals.get(code) ?? 0) + 1);
        }
      }
    }
    expect(held.length + [...refusals.values()].reduce((a, b) => a + b, 0)).toBe(CONNECTIONS);
    // clientConnectionsPerAddressMax (256), all from 127.0.0.1, less the test's own clients.
    expect(held.length).toBeGreaterThanOrEqual(250);
    expect(held.length).toBeLessThanOrEqual(256);
    expect([...refusals.keys()]).toEqual(["ETOOMANY"]);

    // While they are held open, the cluster commits and the leader keeps its term.
    await kv.put("during", "2");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await kv.put("after", "3");
    const during = await kv.client.status(active.address(leader));
    expect(during.role).toBe("leader");
    expect(during.term).toBe(before.term);
    // A few lines for thousands of refusals (at most one per 10 s).
    const lines = active
      .logRecords(leader)
      .filter((record) => String(record.msg).startsWith("too many client connections"));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const connection of held) active.release(connection);
  }, 120_000);
});
