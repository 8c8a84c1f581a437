/**
 * ruvraft-dump --decode on the log a real key-value cluster wrote (RaftNode over the in-memory
 * network): every kind of entry shows as what it is: key-value commands with their session,
 * conf changes, member addresses and the no-op of each new leader.
 */
import { describe, expect, it } from "vitest";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { ofKind, runDumpJson } from "../tools/dump-fixtures.js";
import { type KvNode, makeKvNode } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

describe("ruvraft-dump on a real cluster's log", () => {
  it("decodes kv commands, conf changes, member addresses and no-ops", async () => {
    const network = new MemoryNetwork();
    const peers = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const make = (id: number, bootstrap: boolean) =>
      makeKvNode(
        {
          nodeId: id,
          peers: bootstrap ? peers : [],
          bootstrap,
          dataDirectory: temporaryDirectory(),
          electionTimeoutMinMs: 40,
          electionTimeoutMaxMs: 80,
          heartbeatIntervalMs: 10,
          randomSeed: id,
        },
        { transport: network.transportFor(id) },
      );
    const nodes = peers.map((peer) => make(peer.id, true));
    await Promise.all(nodes.map((node) => node.start()));
    await waitFor(() => nodes.some((node) => node.isLeader()), "a leader");
    const leader = nodes.find((node) => node.isLeader()) as KvNode;
    await leader.propose({ op: "put", key: "color", value: "blue" });
    await leader.propose({ op: "cas", key: "color", expected: "blue", value: "red" });
    await leader.propose({ op: "delete", key: "color" });
    const learner = make(4, false);
    await learner.start();
    await leader.addLearner(4, "127.0.0.1:4");
    const directory = leader.config.dataDirectory;
    const last = leader.status().lastIndex;
    await waitFor(() => learner.status().appliedIndex >= last, "the learner to catch up");
    await leader.stop();

    const { status, lines } = runDumpJson(["--decode", "auto", directory]);
    expect(status).toBe(0);
    const records = ofKind(lines, "record");
    const texts = records.map((record) => String(record.text));
    expect(texts).toContainEqual(
      expect.stringMatching(/^client=\d+ seq=\d+ put "color" = "blue"$/),
    );
    expect(texts).toContainEqual(expect.stringMatching(/ cas "color" "blue" -> "red"$/));
    expect(texts).toContainEqual(expect.stringMatching(/ delete "color"$/));
    expect(texts).toContainEqual(expect.stringMatching(/^conf change: add learner 4/));
    expect(texts).toContainEqual("member 4 @ 127.0.0.1:4");
    expect(records.filter((record) => record.type === "NO_OP").length).toBeGreaterThanOrEqual(1);
    const put = records.find((record) => String(record.text).includes('put "color"'));
    expect(put?.decoded).toMatchObject({ kv: { op: "put", key: "color", value: "blue" } });
    // A kv log is not judged by the metadata rules: nothing is marked rejected.
    expect(texts.some((text) => text.includes("REJECTED"))).toBe(false);
  });
});
