import { describe, expect, it } from "vitest";
import {
  createMemoryEngine,
  EngineRefusedError,
  MANIFEST_FILE,
  MemoryEngineFiles,
  SimulatedCrash,
  StoreReplacedError,
} from "../../src/engine/index.js";
import { MalformedDataError } from "../../src/util/errors.js";
import { hostedShard } from "./helpers.js";

const keys = (engine: ReturnType<typeof createMemoryEngine>) =>
  engine
    .hosted()
    .map((h) => `${h.collection}/${h.shardId}@${h.createdAtMs}`)
    .sort();

describe("the directory engine", () => {
  it("creates, finds again after a restart, and drops stores; both are idempotent", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    await engine.create(hostedShard("docs", 0));
    await engine.create(hostedShard("docs", 0));
    await engine.create(hostedShard("docs", 1));
    expect(keys(engine)).toEqual(["docs/0@1700000000000", "docs/1@1700000000000"]);
    expect(files.files.has(`/engine/docs/0/${MANIFEST_FILE}`)).toBe(true);
    const again = createMemoryEngine(files);
    await again.open();
    expect(keys(again)).toEqual(keys(engine));
    await again.drop("docs", 1);
    await again.drop("docs", 1);
    await again.drop("docs", 7);
    expect(keys(again)).toEqual(["docs/0@1700000000000"]);
    expect([...files.files.keys()].some((key) => key.startsWith("/engine/docs/1/"))).toBe(false);
    expect((await again.stats("docs", 0)).vectorCount).toBe(0);
  });

  it("replaces a store of another incarnation of the collection", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    await engine.create(hostedShard("docs", 0, 1));
    await engine.create(hostedShard("docs", 0, 2));
    expect(keys(engine)).toEqual(["docs/0@2"]);
    const reopened = createMemoryEngine(files);
    await reopened.open();
    expect(keys(reopened)).toEqual(["docs/0@2"]);
  });

  it("a crash at any point of a create or a drop leaves a whole store or none", async () => {
    for (const operation of ["create", "drop"] as const) {
      for (let crashAfter = 0; crashAfter < 12; crashAfter++) {
        const files = new MemoryEngineFiles();
        const engine = createMemoryEngine(files);
        await engine.open();
        if (operation === "drop") await engine.create(hostedShard("docs", 0));
        files.crashAfterOperations = crashAfter;
        const run =
          operation === "create" ? engine.create(hostedShard("docs", 0)) : engine.drop("docs", 0);
        const crashed = await run.then(
          () => false,
          (error: unknown) => {
            expect(error).toBeInstanceOf(SimulatedCrash);
            return true;
          },
        );
        files.restart();
        const restarted = createMemoryEngine(files);
        const found = await restarted.open();
        const leftovers = [...files.files.keys()].filter((key) =>
          key.startsWith("/engine/docs/0/"),
        );
        if (found.length === 1) {
          expect(leftovers.sort()).toEqual([
            `/engine/docs/0/${MANIFEST_FILE}`,
            "/engine/docs/0/vectors.mem",
          ]);
        } else {
          expect(found).toEqual([]);
          expect(leftovers).toEqual([]);
        }
        if (!crashed) {
          expect(found.length).toBe(operation === "create" ? 1 : 0);
        }
        // Whatever the crash left, doing the operation again finishes it.
        if (operation === "create") await restarted.create(hostedShard("docs", 0));
        else await restarted.drop("docs", 0);
        expect(restarted.hosted().length).toBe(operation === "create" ? 1 : 0);
      }
    }
  });

  it("a reinstated copy takes the copy's values except for what the data path wrote since, across a restart", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    const vector = (x: number) => Float32Array.from([x, 0, 0, 0]);
    const firstOf = async (e: typeof engine, id: string) =>
      Array.from((await e.get("docs", 0, id))?.vector ?? [])[0];
    await engine.create(hostedShard("docs", 0));
    await engine.upsert("docs", 0, [{ id: "old", vector: vector(1) }]);
    // Moved away (retired), then given back: reinstated unsynced, its data kept.
    await engine.retire("docs", 0);
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    expect(engine.hosted()[0]).toMatchObject({ synced: false });
    expect(engine.hosted()[0]?.retired).toBeUndefined();
    expect(await firstOf(engine, "old")).toBe(1);
    // The data path writes while the copy runs; the copy brings "old" as updated meanwhile.
    await engine.upsert("docs", 0, [{ id: "new", vector: vector(5) }]);
    await engine.upsert(
      "docs",
      0,
      [
        { id: "old", vector: vector(2) },
        { id: "new", vector: vector(3) },
      ],
      {
        copyIn: true,
      },
    );
    expect(await firstOf(engine, "old")).toBe(2);
    expect(await firstOf(engine, "new")).toBe(5);
    // After a restart the store still knows what the data path wrote while unsynced: the copy
    // skips it (this test's memory stores keep their vectors in the process only, so a write
    // would show, a skip leaves nothing).
    const restarted = createMemoryEngine(files);
    await restarted.open();
    await restarted.upsert("docs", 0, [{ id: "new", vector: vector(4) }], { copyIn: true });
    expect(await firstOf(restarted, "new")).toBeUndefined();
    await restarted.upsert("docs", 0, [{ id: "old", vector: vector(6) }], { copyIn: true });
    expect(await firstOf(restarted, "old")).toBe(6);
    // Synced: the list is done with.
    await restarted.markSynced("docs", 0);
    expect(files.files.has("/engine/docs/0/unsynced-writes.log")).toBe(false);
  });

  it("lists what it holds for copying: id log, pages in id order, absent-only writes, synced flag", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    const vector = (x: number) => Float32Array.from([x, 0, 0, 0]);
    await engine.upsert("docs", 0, [
      { id: "b", vector: vector(2) },
      { id: "a", vector: vector(1) },
      { id: "c", vector: vector(3) },
    ]);
    // A copy does not undo a newer write of the same id.
    await engine.upsert(
      "docs",
      0,
      [
        { id: "a", vector: vector(9) },
        { id: "d", vector: vector(4) },
      ],
      {
        copyIn: true,
      },
    );
    expect(Array.from((await engine.get("docs", 0, "a"))?.vector ?? [])).toEqual([1, 0, 0, 0]);
    const first = await engine.exportPage("docs", 0, "", 2);
    expect(first.map((r) => r.id)).toEqual(["a", "b"]);
    const rest = await engine.exportPage("docs", 0, "b", 10);
    expect(rest.map((r) => r.id)).toEqual(["c", "d"]);
    expect(engine.hosted()[0]?.synced).toBe(false);
    await engine.markSynced("docs", 0);
    expect(new TextDecoder().decode(files.files.get("/engine/docs/0/ids.log"))).toBe(
      '"b"\n"a"\n"c"\n"d"\n',
    );
    // A torn last line of the id log (a crash during an append) is ignored at open.
    const log = files.files.get("/engine/docs/0/ids.log") as Uint8Array;
    files.files.set("/engine/docs/0/ids.log", new Uint8Array([...log, 0x22, 0x65]));
    const reopened = createMemoryEngine(files);
    const found = await reopened.open();
    expect(found[0]?.synced).toBe(true);
    // The memory stores start empty after a restart, so only the listing is checked here.
    files.files.set("/engine/docs/0/ids.log", new TextEncoder().encode('"a"\nnot json\n"b"\n'));
    const broken = await createMemoryEngine(files)
      .open()
      .catch((e: unknown) => e);
    expect((broken as Error).message).toContain("/engine/docs/0/ids.log line 2: not a JSON string");
  });

  it("gives each store made a new generation; a copy's writes to a store made again are refused", async () => {
    const engine = createMemoryEngine();
    await engine.open();
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    const first = engine.storeGeneration("docs", 0) as number;
    const page = [{ id: "a", vector: Float32Array.of(1, 2, 3, 4) }];
    await engine.upsert("docs", 0, page, { copyIn: true, generation: first });
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    expect(engine.storeGeneration("docs", 0)).toBe(first);
    await engine.drop("docs", 0);
    expect(engine.storeGeneration("docs", 0)).toBeUndefined();
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    expect(engine.storeGeneration("docs", 0)).not.toBe(first);
    await expect(
      engine.upsert("docs", 0, page, { copyIn: true, generation: first }),
    ).rejects.toBeInstanceOf(StoreReplacedError);
    await expect(engine.markSynced("docs", 0, first)).rejects.toMatchObject({
      code: "ESTOREREPLACED",
    });
    expect(await engine.exportPage("docs", 0, "", 10)).toEqual([]);
    expect(engine.hosted()[0]?.synced).toBe(false);
  });

  it("a reinstatement waits for a markSynced under way, and its state is the one that stays", async () => {
    // The manifest writes wait while `gate` is set.
    class GatedFiles extends MemoryEngineFiles {
      gate: Promise<void> | undefined;
      override async writeDurably(file: string, bytes: Uint8Array): Promise<void> {
        const gate = this.gate;
        if (gate !== undefined && file.endsWith(MANIFEST_FILE)) {
          this.gate = undefined;
          await gate;
        }
        return super.writeDurably(file, bytes);
      }
    }
    const files = new GatedFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    const shard = { ...hostedShard("docs", 0), synced: false };
    await engine.create(shard);
    const generation = engine.storeGeneration("docs", 0);
    // The shard moved away while a copy ran: the store is retired.
    await engine.retire("docs", 0);
    let release: () => void = () => {};
    files.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The copy's last step, past its generation check, held in its manifest write.
    const marking = engine.markSynced("docs", 0, generation);
    // The shard came back: the store is reinstated (unsynced, a new generation).
    const reinstating = engine.create(shard);
    expect(engine.storeGeneration("docs", 0)).not.toBe(generation);
    // Time for a reinstatement that did not wait to finish before the markSynced does.
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([marking, reinstating]);
    expect(engine.hostedShard("docs", 0)).toMatchObject({ synced: false });
    expect(engine.hostedShard("docs", 0)?.retired).toBeUndefined();
    const restarted = createMemoryEngine(files);
    await restarted.open();
    expect(restarted.hostedShard("docs", 0)).toMatchObject({ synced: false });
    expect(restarted.hostedShard("docs", 0)?.retired).toBeUndefined();
  });

  it("names the file of a manifest it cannot read", async () => {
    const files = new MemoryEngineFiles();
    files.files.set(`/engine/docs/0/${MANIFEST_FILE}`, new TextEncoder().encode("{not json"));
    const engine = createMemoryEngine(files);
    const error = await engine.open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedDataError);
    expect((error as Error).message).toContain(`/engine/docs/0/${MANIFEST_FILE}`);
  });

  it("loses no manifest change to another made at the same time (markSynced, retire, a holding recorded)", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    // As a store from before heldSinceIndex, being copied in.
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    await Promise.all([
      engine.markSynced("docs", 0),
      engine.retire("docs", 0),
      engine.create({ ...hostedShard("docs", 0), heldSinceIndex: 9 }),
    ]);
    const expected = { synced: true, retired: true, heldSinceIndex: 9 };
    expect(engine.hostedShard("docs", 0)).toMatchObject(expected);
    const restarted = createMemoryEngine(files);
    await restarted.open();
    expect(restarted.hostedShard("docs", 0)).toMatchObject(expected);
  });

  it("keeps a store's heldSinceIndex across a restart and names a manifest whose value is bad", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    await engine.create({ ...hostedShard("docs", 0), heldSinceIndex: 7 });
    // The same holding: nothing changes, the generation stays.
    const generation = engine.storeGeneration("docs", 0);
    await engine.create({ ...hostedShard("docs", 0), heldSinceIndex: 7 });
    expect(engine.storeGeneration("docs", 0)).toBe(generation);
    const restarted = createMemoryEngine(files);
    await restarted.open();
    expect(restarted.hostedShard("docs", 0)?.heldSinceIndex).toBe(7);
    const manifest = `/engine/docs/0/${MANIFEST_FILE}`;
    const text = new TextDecoder().decode(files.files.get(manifest));
    files.files.set(
      manifest,
      new TextEncoder().encode(text.replace('"heldSinceIndex": 7', '"heldSinceIndex": -1')),
    );
    const error = await createMemoryEngine(files)
      .open()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedDataError);
    expect((error as Error).message).toContain(`${manifest}: "heldSinceIndex"`);
  });

  it("refuses a spec the engine cannot build, with a typed error and nothing left behind", async () => {
    const files = new MemoryEngineFiles();
    const engine = createMemoryEngine(files);
    await engine.open();
    const shard = hostedShard("docs", 0);
    const refused = { ...shard, spec: { ...shard.spec, hnsw: { ...shard.spec.hnsw, m: 300 } } };
    const error = await engine.create(refused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineRefusedError);
    expect((error as Error).message).toMatch(/m 300 is above 256/);
    expect(engine.hosted()).toEqual([]);
    const reopened = createMemoryEngine(files);
    expect(await reopened.open()).toEqual([]);
  });
});
