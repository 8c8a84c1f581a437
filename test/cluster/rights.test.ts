/**
 * Client and admin rights (see "Rights" in src/proto/raft.proto): a client proving the client
 * secret proposes and reads; membership, transfer and snapshot need the cluster secret, and
 * are refused at once with EPERM (never retried into a timeout).
 */
import { afterEach, describe, expect, it } from "vitest";
import { KvClient } from "../../src/client/kv-client.js";
import { RaftClient } from "../../src/client/raft-client.js";
import { KV, tcpCluster } from "../helpers/cluster.js";

const CLUSTER_SECRET = "cluster-secret-for-the-rights-test";
const CLIENT_SECRET = "client-secret-for-the-rights-test";

// Before the cluster stops the nodes (test/helpers/cluster.ts).
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A one-node cluster on loopback with the cluster secret (and `clientSecret`); its address. */
async function startNode(clientSecret: string | undefined) {
  const cluster = await tcpCluster({
    size: 1,
    application: KV,
    options: {
      sharedSecret: CLUSTER_SECRET,
      ...(clientSecret === undefined ? {} : { clientSecret }),
    },
    seeded: false,
  });
  const node = cluster.make(1);
  await node.start();
  await node.waitForLeader(5000);
  return cluster.peers[0]?.address as string;
}

function clientOf(address: string, secrets: { sharedSecret?: string; clientSecret?: string }) {
  const client = new RaftClient({
    endpoints: [address],
    operationTimeoutMs: 3_000,
    attemptTimeoutMs: 1_000,
    ...secrets,
  });
  cleanup.push(() => client.close());
  return client;
}

describe("client and admin rights", () => {
  it("the client secret proposes and reads; administration needs the cluster secret", async () => {
    const address = await startNode(CLIENT_SECRET);
    const client = clientOf(address, { clientSecret: CLIENT_SECRET });
    const kv = new KvClient(client);
    expect(await kv.put("a", "1")).toMatchObject({ ok: true });
    expect(await kv.get("a")).toBe("1");
    expect((await client.status()).role).toBe("leader");
    expect((await client.members()).members?.map((member) => member.nodeId)).toEqual([1]);
    const started = Date.now();
    for (const refused of [
      () => client.removeNode(1),
      () => client.addLearner(2, "127.0.0.1:1"),
      () => client.transferLeader(1),
      () => client.takeSnapshot(),
    ]) {
      await expect(refused()).rejects.toMatchObject({
        code: "EPERM",
        message: expect.stringMatching(/needs admin rights.*RUVRAFT_SHARED_SECRET/),
      });
    }
    // Refused at once, not retried until the operation timeout.
    expect(Date.now() - started).toBeLessThan(3_000);

    const admin = clientOf(address, { sharedSecret: CLUSTER_SECRET });
    // Removing a node that is not a member is an error, not "removed node 99".
    await expect(admin.removeNode(99)).rejects.toMatchObject({
      code: "EREJECTED",
      message: expect.stringMatching(/node 99 is not a member/),
    });
    const snapshot = await admin.takeSnapshot();
    expect(snapshot.nodeId).toBe(1);
    expect(await new KvClient(admin).get("a")).toBe("1");
  });

  it("refuses a wrong client secret, and a client secret where the node has none", async () => {
    const withClientSecret = await startNode(CLIENT_SECRET);
    // A definite error at once, naming the variable to check (never "outcome unknown").
    const started = Date.now();
    for (const secrets of [{ clientSecret: "wrong" }, { sharedSecret: "wrong" }, {}]) {
      await expect(
        new KvClient(clientOf(withClientSecret, secrets)).put("a", "1"),
      ).rejects.toMatchObject({
        code: "EAUTH",
        message: expect.stringMatching(/RUVRAFT_SHARED_SECRET.*The request was not sent/),
      });
    }
    expect(Date.now() - started).toBeLessThan(3_000);
    const clusterOnly = await startNode(undefined);
    await expect(
      new KvClient(clientOf(clusterOnly, { clientSecret: CLIENT_SECRET })).get("a"),
    ).rejects.toThrow(/client secret|EAUTH/);
    expect(
      await new KvClient(clientOf(clusterOnly, { sharedSecret: CLUSTER_SECRET })).get("a"),
    ).toBe(null);
  });
});
