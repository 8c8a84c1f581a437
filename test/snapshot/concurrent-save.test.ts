import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SnapshotStore } from "../../src/snapshot/index.js";
import { temporaryDirectory } from "../storage/helpers.js";

const snapshot = (index: number) => ({
  index,
  term: 1,
  confState: {
    voters: [1],
    votersOutgoing: [],
    learners: [],
    learnersNext: [],
    autoLeave: false,
    incarnations: [],
  },
  data: new Uint8Array(100).fill(index),
});

describe("SnapshotStore saves at the same time", () => {
  it("run one after the other: no save fails and the newest two are kept", async () => {
    const directory = temporaryDirectory();
    const store = new SnapshotStore(directory);
    await store.save(snapshot(1));
    await store.save(snapshot(2));
    await Promise.all([store.save(snapshot(3)), store.save(snapshot(4)), store.save(snapshot(5))]);
    expect(store.list()).toHaveLength(2);
    expect((await store.loadNewest())?.index).toBe(5);
    expect(fs.readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
