/** The benchmark commands the guides point operators to start and document their flags. */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

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
