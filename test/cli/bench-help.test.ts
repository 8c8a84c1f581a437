/** The benchmark commands the guides point operators to start and document their flags. */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const bench = (name: string) => path.resolve("dist/bench", `${name}.js`);

describe("benchmark --help", () => {
  it.each([
    ["wal", /--dir PATH/],
    ["wal", /--only SECTION/],
    ["cluster", /--clients/],
    ["scale", /--value-sizes/],
  ])("bench/%s.js --help documents its flags", (name, flag) => {
    const text = execFileSync(process.execPath, [bench(name), "--help"], {
      timeout: 20_000,
    }).toString();
    expect(text).toMatch(flag);
    expect(text).toMatch(/--json/);
  });
});
