/**
 * Offline replay (src/node/replay.ts, `ruvraft replay`): the metadata view rebuilt from a
 * node's data directory equals the view the node had applied at the same index; a snapshot
 * that fails its checks is passed over for the older one, and said so; not a byte of the
 * directory changes, and no lock is taken (it runs beside the live node).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReplay, replayMetadata } from "../../src/cli/replay-command.js";
import { type MetadataEvent, MetadataProjector, metadataCodec } from "../../src/metadata/index.js";
import { NotLeaderError } from "../../src/node/errors.js";
import { observeApplies } from "../../src/node/state-machine.js";
import { InvalidArgumentError } from "../../src/util/errors.js";
import { FAST_TIMING, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import { eventsArbitrary } from "../metadata/arbitraries.js";
import { AT_MS, create, register } from "../metadata/fixtures.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { ofKind, runDump, runDumpJson } from "../tools/dump-fixtures.js";

/** Every file under `directory` with a hash of its bytes. */
function fingerprint(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(directory, { recursive: true }) as string[]) {
    const file = path.join(directory, name);
    if (!fs.statSync(file).isFile()) continue;
    files[name] = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  }
  return files;
}

/**
 * A 3-node metadata cluster given `events`; node 1's projector keeps its snapshot bytes at
 * every applied index (`viewAt`). Returns node 1's data directory.
 */
async function runCluster(
  events: readonly MetadataEvent[],
  settings: { snapshotThresholdEntries: number; snapshotTrailingEntries: number },
) {
  const viewAt = new Map<number, Buffer>();
  const first = new MetadataProjector();
  const cluster = memoryCluster({
    size: 3,
    application: {
      machine: (id) =>
        id === 1
          ? observeApplies(first, (entry) =>
              viewAt.set(entry.index, Buffer.from(first.snapshotBytes())),
            )
          : new MetadataProjector(),
      codec: metadataCodec,
    },
    options: { ...FAST_TIMING, ...settings },
  });
  await cluster.start();
  let leader = await cluster.leader();
  for (const event of events) {
    // A leadership change (a loaded machine) refuses a proposal before it is logged: the new
    // leader takes it. Bounded: a few elections at most.
    for (let attempt = 1; ; attempt++) {
      try {
        await leader.propose(event);
        break;
      } catch (error) {
        if (!(error instanceof NotLeaderError) || attempt === 10) throw error;
        leader = await cluster.leader();
      }
    }
  }
  const lastIndex = leader.status().appliedIndex;
  await waitFor(
    () => cluster.nodes.every((node) => node.status().appliedIndex >= lastIndex),
    `every node applied ${lastIndex}`,
  );
  return {
    node: cluster.node(1),
    projector: first,
    directory: cluster.directory(1),
    viewAt,
  };
}

const noProgress = { progress: "never", events: false } as const;

/**
 * Node 1's view as of `index`: the one recorded at the newest state machine apply at or below
 * it (a no-op or membership entry, such as a new leader's after a leadership change under
 * load, is not applied to the projector and leaves the view as it was).
 */
function viewAtOrBefore(viewAt: ReadonlyMap<number, Buffer>, index: number): Buffer | undefined {
  for (let at = index; at > 0; at--) {
    const view = viewAt.get(at);
    if (view !== undefined) return view;
  }
  return undefined;
}

describe("ruvraft replay", () => {
  it("equals the live view at the same index, from a snapshot plus the log, beside the running node", async () => {
    const events = fc.sample(eventsArbitrary, { seed: 14, numRuns: 6 }).flat();
    const cluster = await runCluster(events, {
      snapshotThresholdEntries: 20,
      snapshotTrailingEntries: 5,
    });
    const applied = cluster.node.status().appliedIndex;
    // The node is still running: the replay takes no lock.
    const report = await replayMetadata(cluster.directory, noProgress);
    expect(report.result.appliedIndex).toBe(applied);
    // A snapshot of the compaction, not the founding one at index 1.
    expect(report.result.snapshot?.index ?? 0).toBeGreaterThan(1);
    expect(Buffer.from(report.projector.snapshotBytes())).toEqual(
      viewAtOrBefore(cluster.viewAt, applied),
    );
    expect(Buffer.from(report.projector.snapshotBytes())).toEqual(
      Buffer.from(cluster.projector.snapshotBytes()),
    );
    // Every index the log still holds after the snapshot.
    const base = report.result.snapshot?.index as number;
    for (let index = base; index <= applied; index += 3) {
      const at = await replayMetadata(cluster.directory, { ...noProgress, atIndex: index });
      const live = cluster.viewAt.get(index);
      if (live === undefined) continue; // a no-op or membership entry: node 1 applied nothing
      expect(Buffer.from(at.projector.snapshotBytes())).toEqual(live);
    }
    await expect(
      replayMetadata(cluster.directory, { ...noProgress, atIndex: base - 1 }),
    ).rejects.toThrow(InvalidArgumentError);
    await expect(
      replayMetadata(cluster.directory, { ...noProgress, atIndex: applied + 1 }),
    ).rejects.toThrow(/out of reach/);
    // Stopped, the directory is at rest: a replay leaves every byte as it was.
    await cluster.node.stop();
    const before = fingerprint(cluster.directory);
    const atRest = await replayMetadata(cluster.directory, noProgress);
    expect(Buffer.from(atRest.projector.snapshotBytes())).toEqual(
      viewAtOrBefore(cluster.viewAt, applied),
    );
    expect(fingerprint(cluster.directory)).toEqual(before);
  });

  it("falls back to the older snapshot when the newest fails its checks, and says so", async () => {
    const events = fc.sample(eventsArbitrary, { seed: 7, numRuns: 6 }).flat();
    const cluster = await runCluster(events, {
      snapshotThresholdEntries: 15,
      snapshotTrailingEntries: 200,
    });
    await cluster.node.stop();
    const snapshotDirectory = path.join(cluster.directory, "snapshots");
    const names = fs.readdirSync(snapshotDirectory).sort();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const newest = path.join(snapshotDirectory, names[names.length - 1] as string);
    const bytes = fs.readFileSync(newest);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] as number) ^ 0xff;
    fs.writeFileSync(newest, bytes);
    const before = fingerprint(cluster.directory);
    const report = await replayMetadata(cluster.directory, noProgress);
    expect(report.warnings.join("\n")).toContain(newest);
    expect(report.warnings.join("\n")).toContain("failed its checks");
    expect(report.result.snapshot?.file).toBe(
      path.join(snapshotDirectory, names[names.length - 2] as string),
    );
    expect(Buffer.from(report.projector.snapshotBytes())).toEqual(
      Buffer.from(cluster.projector.snapshotBytes()),
    );
    // The damaged file is still there, under its name: the replay only read.
    expect(fingerprint(cluster.directory)).toEqual(before);
  });

  it("prints the view as tables and as one JSON document, with rejected events by rule", async () => {
    const events: MetadataEvent[] = [
      register(7, { labels: { zone: "a" } } as Partial<MetadataEvent>),
      create("docs", { dimensions: 8, shardCount: 2, replicationFactor: 1 }),
      { type: "createAlias", atMs: AT_MS, alias: "latest", collection: "docs" },
      { type: "createAlias", atMs: AT_MS, alias: "latest", collection: "docs" },
    ];
    const cluster = await runCluster(events, {
      snapshotThresholdEntries: 1000,
      snapshotTrailingEntries: 10,
    });
    const report = await replayMetadata(cluster.directory, { progress: "never", events: true });
    const table = renderReplay(cluster.directory, report, "table");
    expect(table).toContain("NODES\nID");
    expect(table).toMatch(/\n7 +10\.0\.0\.7:7000 +online/);
    expect(table).toMatch(/\ndocs +8 +cosine +2 +1/);
    expect(table).toMatch(/\nlatest +docs/);
    expect(table).toMatch(/REJECTED EVENTS SINCE THE SNAPSHOT\nRULE +COUNT\nalias\.\S+ +1/);
    expect(table).toMatch(/\n\d+ +createAlias +rejected: alias\.\S+/);
    const document = JSON.parse(renderReplay(cluster.directory, report, "json"));
    expect(document.appliedIndex).toBe(cluster.node.status().appliedIndex);
    expect(document.collections.collections[0].spec.name).toBe("docs");
    expect(document.aliases.aliases).toEqual([{ name: "latest", collection: "docs" }]);
    expect(document.shards.shards).toHaveLength(2);
    expect(Object.values(document.rejectedEventsByRule)).toEqual([1]);
    expect(document.events.filter((item: { rejectedBy?: string }) => item.rejectedBy)).toHaveLength(
      1,
    );

    // ruvraft-dump marks the same event as rejected, from the same replay.
    await cluster.node.stop();
    const dumped = runDump([cluster.directory]);
    const aliasRows = dumped.stdout.split("\n").filter((line) => line.includes("createAlias"));
    expect(aliasRows).toHaveLength(2);
    expect(aliasRows[0]).not.toContain("REJECTED");
    expect(aliasRows[1]).toMatch(/createAlias .*REJECTED by alias\.\S+/);
    const records = ofKind(runDumpJson([cluster.directory]).lines, "record");
    const rejectedRecords = records.filter((record) => record.decoded?.rejected !== undefined);
    expect(rejectedRecords).toHaveLength(1);
    expect(rejectedRecords[0]?.decoded.rejected.rule).toMatch(/^alias\./);
    expect(runDump(["--no-outcomes", cluster.directory]).stdout).not.toContain("REJECTED");
  });

  it("refuses a directory that is not a node's data directory", async () => {
    await expect(replayMetadata(temporaryDirectory(), noProgress)).rejects.toThrow(
      /not a node's data directory/,
    );
  });
});
