/**
 * ruvraft-dump --decode on the log a real key-value cluster wrote (RaftNode over the in-memory
 * network): every kind of entry shows as what it is: key-value commands with their session,
 * conf changes, member addresses and the no-op of each new leader.
 */
import { describe, expect, it } from "vitest";
import { FAST_TIMING, KV, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import { ofKind, runDumpJson } from "../tools/dump-fixtures.js";

describe("ruvraft-dump on a real cluster's log", () => {
  it("decodes kv commands, conf changes, member addresses and no-ops", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: FAST_TIMING });
    await cluster.start();
    const leader = await cluster.leader();
    await leader.propose({ op: "put", key: "color", value: "blue" });
    await leader.propose({ op: "cas", key: "color", expected: "blue", value: "red" });
    await leader.propose({ op: "delete", key: "color" });
    const learner = cluster.join(4);
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
