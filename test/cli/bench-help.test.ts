/** The benchmark commands the guides point operators to start and document their flags. */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";

const bench = (name: string) => path.resolve("dist/bench", `${name}.js`);

describe("benchmark --help", () => {
  it.each([
    ["wal", /--dir PATH/],
    ["wal", /--only SECTION/],
    ["cluster", /--clients/],
    ["scale", /--value-sizes/],
    ["etcd", /--etcd-load PATH/],
  ])("bench/%s.js --help documents its flags", (name, flag) => {
    const text = execFileSync(process.execPath, [bench(name), "--help"], {
      timeout: 20_000,
    }).toString();
    expect(text).toMatch(flag);
    expect(text).toMatch(/--json/);
  });
});

describe("benchmark flags", () => {
  it.each(["cluster", "scale", "etcd"])(
    "bench/%s.js refuses an unknown flag by name, without a stack trace, exit 2",
    (name) => {
      const run = spawnSync(process.execPath, [bench(name), "--valu-size=256"], {
        timeout: 20_000,
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `bench:${name}: Unknown option '--valu-size'; --help lists the flags\n`,
      );
    },
  );
});

describe("benchmark set-up errors", () => {
  it("bench/etcd.js names a missing etcd and how to install it, without a stack trace, exit 1", () => {
    const missing = path.join(temporaryDirectory(), "no-etcd");
    const run = spawnSync(process.execPath, [bench("etcd"), "--etcd", missing], {
      timeout: 20_000,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^bench:etcd: cannot run etcd as "${missing}" \\(.*ENOENT\\); .*apt-get install`),
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("bench/cluster.js refuses a non-empty --dir by name, exit 1", () => {
    const directory = temporaryDirectory();
    fs.writeFileSync(path.join(directory, "keep.txt"), "someone's data");
    const run = spawnSync(process.execPath, [bench("cluster"), "--dir", directory], {
      timeout: 20_000,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `bench:cluster: --dir ${directory} exists and is not empty; give a new path\n`,
    );
    expect(fs.readFileSync(path.join(directory, "keep.txt"), "utf8")).toBe("someone's data");
  });
});
