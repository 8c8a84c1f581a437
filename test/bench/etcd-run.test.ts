/**
 * `bench:etcd` end to end (needs `npm run build`, an etcd binary and Go with etcd's client
 * sources: skipped where one of them is missing, as in CI). A short run of both clusters:
 * the JSON line pairs an etcd and a ruvector-raft row per client count, each with puts and no
 * errors, and the data directory is gone afterwards. Timing is not checked.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBIAN_GOPATH } from "../../bench/etcd-cluster.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { runBenchJson } from "./run-bench.js";

/** etcd, Go, and etcd's Go client where the bench looks for it by default (etcd-options.ts). */
const etcdInstalled =
  spawnSync("etcd", ["--version"]).status === 0 &&
  spawnSync("go", ["version"]).status === 0 &&
  fs.existsSync(
    path.join(process.env.GOPATH || DEBIAN_GOPATH, "src", "go.etcd.io", "etcd", "clientv3"),
  );

describe("bench:etcd", () => {
  it.skipIf(!etcdInstalled)(
    "runs etcd and ruvector-raft under the same load and pairs their rows",
    async () => {
      const directory = path.join(temporaryDirectory(), "run");
      const { stdout, report } = await runBenchJson(
        "etcd",
        [
          ...["--clients", "1,4", "--duration", "0.5", "--warmup", "0.2"],
          ...["--start-warmup", "0.2", "--dir", directory],
        ],
        120_000,
      );
      expect(stdout).toMatch(/clients +system +ops\/s +p50 ms/);
      expect(report.etcdVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(report.rows.map((row: { clients: number }) => row.clients)).toEqual([1, 4]);
      for (const row of report.rows) {
        for (const system of ["etcd", "ruvraft"]) {
          expect(row[system].errors).toBe(0);
          expect(row[system].opsPerSec).toBeGreaterThan(0);
          expect(row[system].p99Us).toBeGreaterThanOrEqual(row[system].p50Us);
        }
        expect(row.opsRatio).toBeCloseTo(row.ruvraft.opsPerSec / row.etcd.opsPerSec, 9);
      }
      expect(fs.existsSync(directory)).toBe(false);
    },
    150_000,
  );
});
