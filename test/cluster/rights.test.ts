/**
 * Client and admin rights (see "Rights" in src/proto/raft.proto): a client proving the client
 * secret proposes and reads; membership, transfer and snapshot need the cluster secret, and
 * are refused at once with EPERM (never retried into a timeout).
 */
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { KvClient } from "../../src/client/kv-client.js";
import { RaftClient } from "../../src/client/raft-client.js";
import { KvStateMachine, kvCodec } from "../../src/node/kv-state-machine.js";
import { createTcpRaftNode } from "../../src/node/tcp-transport.js";
import { freePorts } from "../helpers/cluster.js";
import { temporaryDirectory } from "../storage/helpers.js";

const CLUSTER_SECRET = "cluster-secret-for-the-rights-test";
const CLIENT_SECRET = "client-secret-for-the-rights-test";

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function startNode(clientSecret: string | undefined) {
  const [port] = await freePorts(1);
  const address = `127.0.0.1:${port}`;
  const node = createTcpRaftNode(
    {
      nodeId: 1,
      peers: [{ id: 1, address }],
      dataDirectory: temporaryDirectory(),
      sharedSecret: CLUSTER_SECRET,
      ...(clientSecret === undefined ? {} : { clientSecret }),
    },
    new KvStateMachine(),
    kvCodec,
    pino({ level: "silent" }),
  );
  await node.start();
  cleanup.push(() => node.stop());
  await node.waitForLeader(5000);
  return address;
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
