/**
 * ruvraft-dump on snapshot files (segments/FORMAT.md "Snapshot files"): a snapshots/ directory
 * and single files, text and --json, --verify, and damage (exit 4, file and byte offset, the
 * snapshot the node would fall back to).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emptyView, encodeSnapshot } from "../../src/metadata/index.js";
import { node } from "../../src/proto/node-index.js";
import { openSnapshot, SnapshotStore, snapshotFileName } from "../../src/snapshot/index.js";
import { makeTempDirectory, ofKind, runDump, runDumpJson, summaryOf } from "./dump-fixtures.js";

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) {
    fs.rmSync(directory, { recursive: true, force: true });
  }
});

const CONF = {
  voters: [1, 2, 3],
  votersOutgoing: [],
  learners: [4],
  learnersNext: [],
  autoLeave: false,
  incarnations: [],
};

function nodeSnapshotData(): Uint8Array {
  const view = emptyView();
  view.appliedIndex = 7;
  view.nodes.set(1, {
    id: 1,
    address: "10.0.0.1:7001",
    capacityBytes: 1000,
    labels: {},
    status: "online",
    role: "voter",
    registeredAtMs: 1,
    statusChangedAtMs: 1,
    draining: false,
  });
  return node.NodeSnapshot.encode({
    members: [
      { nodeId: 1, address: "127.0.0.1:7001" },
      { nodeId: 2, address: "127.0.0.1:7002" },
    ],
    sessions: [
      {
        clientId: 9,
        floor: 3,
        responses: [{ sequence: 3, response: new Uint8Array(5) }],
        lastIndex: 11,
      },
      {
        clientId: 10,
        floor: 1,
        responses: [{ sequence: 1, response: new Uint8Array(0) }],
        lastIndex: 12,
      },
    ],
    // Two pieces, as a node writes a state in STATE_MACHINE_PIECE_BYTES records.
    stateMachine: [encodeSnapshot(view).subarray(0, 10), encodeSnapshot(view).subarray(10)],
  }).finish();
}

/** A node's snapshots/ directory with an older (opaque data) and a newer NodeSnapshot. */
async function snapshotsDirectory(): Promise<{ directory: string; older: string; newer: string }> {
  const directory = path.join(makeTempDirectory(), "snapshots");
  directories.push(path.dirname(directory));
  const store = new SnapshotStore(directory, { chunkBytes: 64 });
  const older = await store.save({ index: 5, term: 1, confState: CONF, data: new Uint8Array(100) });
  const newer = await store.save({ index: 12, term: 2, confState: CONF, data: nodeSnapshotData() });
  return { directory, older, newer };
}

describe("ruvraft-dump on snapshots", () => {
  it("prints header, membership, chunks and the NodeSnapshot summary of a directory", async () => {
    const { directory, newer } = await snapshotsDirectory();
    const run = runDump([directory]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`== snapshot ${newer}  version=2 index=12 term=2`);
    expect(run.stdout).toContain("membership: voters=[1,2,3] outgoing=[] learners=[4]");
    expect(run.stdout).toMatch(/CHUNK +OFFSET +SIZE +CRC/);
    expect(run.stdout).toContain(
      "content (NodeSnapshot): 2 members [1=127.0.0.1:7001 2=127.0.0.1:7002], 2 client sessions",
    );
    expect(run.stdout).toContain("metadata: applied index 7, 1 nodes, 0 collections");
    expect(run.stdout).toContain("content: not a NodeSnapshot");
    expect(run.stdout).toContain("2 snapshots");
    expect(run.stdout).toContain("newest intact: index=12 term=2");
    expect(run.stdout).toContain("exit 0: intact");
  });

  it("--json gives the whole view, one object per line, the summary last", async () => {
    const { directory, newer } = await snapshotsDirectory();
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(0);
    const rows = ofKind(lines, "snapshot");
    expect(rows.map((row) => [row.index, row.term, row.formatVersion])).toEqual([
      [5, 1, 2],
      [12, 2, 2],
    ]);
    expect(rows[1]?.membership).toEqual(CONF);
    const chunks = ofKind(lines, "chunk").filter((line) => line.file === newer);
    const reader = openSnapshot(newer);
    const expected = [...reader.chunkRecords()].map((chunk) => ({
      chunkNumber: chunk.chunkNumber,
      offsetBytes: chunk.offsetBytes,
      sizeBytes: chunk.data.length,
      crc: chunk.crc,
    }));
    expect(
      chunks.map(({ chunkNumber, offsetBytes, sizeBytes, crc }) => ({
        chunkNumber,
        offsetBytes,
        sizeBytes,
        crc,
      })),
    ).toEqual(expected);
    const content = ofKind(lines, "content").find((line) => line.file === newer);
    expect(content?.content.members).toEqual([
      { nodeId: 1, address: "127.0.0.1:7001" },
      { nodeId: 2, address: "127.0.0.1:7002" },
    ]);
    expect(content?.content.sessions).toEqual([
      { clientId: 9, floor: 3, lastIndex: 11, responses: 1, responseBytes: 5 },
      { clientId: 10, floor: 1, lastIndex: 12, responses: 1, responseBytes: 0 },
    ]);
    expect(content?.content.metadata.nodeCount).toBe(1);
    expect(content?.content.metadata.view.nodes[0].address).toBe("10.0.0.1:7001");
    expect(summaryOf(lines)).toMatchObject({ snapshots: 2, newestIndex: 12, exitCode: 0 });
  });

  it("dumps one file, and --verify prints only the summary when intact", async () => {
    const { newer } = await snapshotsDirectory();
    const { status, lines } = runDumpJson([newer]);
    expect(status).toBe(0);
    expect(ofKind(lines, "snapshot").length).toBe(1);
    const verified = runDumpJson(["--verify", newer]);
    expect(verified.status).toBe(0);
    expect(verified.lines.map((line) => line.kind)).toEqual(["summary"]);
  });

  it("reports a damaged chunk with its offset, exits 4, names the fallback", async () => {
    const { directory, older, newer } = await snapshotsDirectory();
    const reader = openSnapshot(newer);
    const second = [...reader.chunkRecords()][1]?.offsetBytes ?? 0;
    const bytes = fs.readFileSync(newer);
    bytes[second + 10] = (bytes[second + 10] ?? 0) ^ 0x10;
    fs.writeFileSync(newer, bytes);
    for (const args of [[directory], ["--verify", directory]]) {
      const { status, lines } = runDumpJson(args);
      expect(status).toBe(4);
      const corrupt = ofKind(lines, "finding").filter((line) => line.severity === "corrupt");
      expect(corrupt).toEqual([expect.objectContaining({ file: newer, offsetBytes: second })]);
      expect(corrupt[0]?.reason).toMatch(/^chunk-crc: chunk 1/);
      expect(summaryOf(lines)).toMatchObject({ exitCode: 4, newestFile: older, newestIndex: 5 });
    }
    const text = runDump([directory]);
    expect(text.status).toBe(4);
    expect(text.stdout).toContain(`!! CORRUPT ${newer} offset=${second}: chunk-crc`);
  });

  it("reports a bad header (a .snap file that is not a snapshot) and exits 4", async () => {
    const { newer } = await snapshotsDirectory();
    const bytes = fs.readFileSync(newer);
    bytes[0] = 0x58;
    fs.writeFileSync(newer, bytes);
    const { status, lines } = runDumpJson([newer]);
    expect(status).toBe(4);
    expect(ofKind(lines, "snapshot")[0]).toMatchObject({
      state: "corrupt",
      index: 12,
      formatVersion: null,
    });
    expect(ofKind(lines, "finding")[0]).toMatchObject({ offsetBytes: 0, severity: "corrupt" });
  });

  it("lists .tmp leftovers and .bad files as info", async () => {
    const { directory } = await snapshotsDirectory();
    fs.writeFileSync(path.join(directory, `${snapshotFileName(20, 3)}.tmp`), "partial");
    fs.writeFileSync(path.join(directory, `${snapshotFileName(3, 1)}.bad`), "bad");
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(0);
    const info = ofKind(lines, "finding").filter((line) => line.severity === "info");
    expect(info.map((line) => line.reason)).toEqual([
      expect.stringContaining("set aside"),
      expect.stringContaining("never completed"),
    ]);
  });
});
