/**
 * MetadataClient against three metadata nodes over TCP: typed changes and queries, rejections
 * with their rule, shardFor through an alias, and watch() following the events across a
 * leader change and across compaction of the events it needs.
 */
import { describe, expect, it } from "vitest";
import {
  MetadataClient,
  MetadataRejectedError,
  type WatchItem,
} from "../../src/client/metadata-client.js";
import { shardForVector } from "../../src/metadata/index.js";
import {
  afterTest,
  type EngineMember,
  startEngineCluster,
  waitForRegistered,
} from "../engine/tcp-engine-cluster.js";
import { waitFor } from "../helpers/wait.js";
import { spec } from "../metadata/fixtures.js";

async function threeNodes(watchCapacityEvents?: number) {
  const { members, addresses } = await startEngineCluster(
    3,
    watchCapacityEvents === undefined ? {} : { watchCapacityEvents },
  );
  await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
  const client = new MetadataClient({ endpoints: addresses });
  afterTest(() => client.close());
  await waitForRegistered(members);
  return { members, client };
}

/** Collects watch items in the background until stopped. */
function collect(client: MetadataClient, fromIndex = 0) {
  const items: WatchItem[] = [];
  const abort = new AbortController();
  const done = (async () => {
    for await (const item of client.watch({ fromIndex, intervalMs: 20, signal: abort.signal })) {
      items.push(item);
    }
  })();
  afterTest(async () => {
    abort.abort();
    await done;
  });
  return { items, stop: () => abort.abort(), done };
}

const aliasesIn = (items: readonly WatchItem[]) =>
  items.flatMap((item) =>
    item.kind === "event" && item.event.type === "createAlias" ? [item.event.alias] : [],
  );

describe("MetadataClient", () => {
  it("changes and reads the metadata, names the rule it broke, and routes through aliases", async () => {
    const { client } = await threeNodes();
    const created = await client.createCollection(
      spec("docs", { dimensions: 8, shardCount: 4, replicationFactor: 2 }),
    );
    expect(created).toBeGreaterThan(0);
    await client.createAlias("current", "docs");
    expect((await client.listCollections()).map((c) => c.spec.name)).toEqual(["docs"]);
    expect(await client.resolveAlias("current")).toMatchObject({ collection: "docs" });
    expect((await client.getCollectionOrAlias("current")).spec.name).toBe("docs");
    await expect(client.getCollectionOrAlias("nothing")).rejects.toMatchObject({
      rule: "collection.unknown",
    });
    expect((await client.listNodes()).map((n) => n.id)).toEqual([1, 2, 3]);

    const rejection = await client.createCollection(spec("docs", { dimensions: 8 })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(rejection).toBeInstanceOf(MetadataRejectedError);
    expect((rejection as MetadataRejectedError).rule).toMatch(/^collection\./);

    const shards = await client.shards("docs");
    for (const id of ["a", "b", "vector-17", "ünï"]) {
      const shard = await client.shardFor("current", id);
      expect(shard.shardId).toBe(shardForVector(id, 4));
      expect(shard).toEqual(shards[shard.shardId]);
    }
    await client.setSettings({ nodeTimeoutMs: 45_000 });
    expect(await client.settings()).toMatchObject({ nodeTimeoutMs: 45_000 });
  });

  it("watch() follows the events across the leader's crash, each once and in order", async () => {
    const { members, client } = await threeNodes();
    await client.createCollection(spec("docs", { dimensions: 8, shardCount: 2 }));
    const watcher = collect(client);
    for (let i = 0; i < 5; i++) await client.createAlias(`before-${i}`, "docs");
    // The leader stops (as a crash would): the others elect one and the watch goes on there.
    const leader = members.find((m) => m.node.isLeader()) as EngineMember;
    await leader.stop();
    await waitFor(
      () => members.some((m) => m.id !== leader.id && m.node.isLeader()),
      "a new leader",
    );
    for (let i = 0; i < 5; i++) await client.createAlias(`after-${i}`, "docs");
    const expected = [0, 1, 2, 3, 4]
      .map((i) => `before-${i}`)
      .concat([0, 1, 2, 3, 4].map((i) => `after-${i}`));
    await waitFor(() => aliasesIn(watcher.items).length >= 10, "ten aliases watched");
    expect(aliasesIn(watcher.items)).toEqual(expected);
    const indexes = watcher.items.map((item) => item.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
    expect(watcher.items.some((item) => item.kind === "snapshot")).toBe(false);
  });

  it("watch() from an index whose events were compacted starts with the whole view", async () => {
    // Each projector keeps only the last 4 events for watchers.
    const { client } = await threeNodes(4);
    await client.createCollection(spec("docs", { dimensions: 8, shardCount: 2 }));
    for (let i = 0; i < 6; i++) await client.createAlias(`a-${i}`, "docs");
    const watcher = collect(client, 0);
    await waitFor(() => watcher.items.length > 0, "a first item");
    const first = watcher.items[0] as WatchItem;
    expect(first.kind).toBe("snapshot");
    if (first.kind !== "snapshot") return;
    expect([...first.view.aliases.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `a-${i}`));
    await client.createAlias("later", "docs");
    await waitFor(() => aliasesIn(watcher.items).includes("later"), "the next event");
    expect(
      watcher.items
        .filter((item) => item.kind === "event")
        .every((item) => item.index > first.index),
    ).toBe(true);
  });
});
