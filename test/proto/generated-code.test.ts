/**
 * The generated protobuf code in src/proto/gen is committed (so that a clean checkout builds
 * without running protobufjs-cli, and a review sees what changed in the wire code), and must be
 * exactly what `npm run proto` makes from the .proto files: this test runs the same commands
 * into a temporary directory and compares every file byte for byte.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";

const GENERATED = path.resolve("src/proto/gen");

describe("generated protobuf code", () => {
  it("is what npm run proto makes from the .proto files", () => {
    const script = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.proto as string;
    expect(script).toContain("src/proto/gen/");
    const output = temporaryDirectory();
    execSync(script.replaceAll("src/proto/gen/", `${output}/`), {
      env: { ...process.env, PATH: `${path.resolve("node_modules/.bin")}:${process.env.PATH}` },
      stdio: "pipe",
    });
    const names = fs.readdirSync(GENERATED).sort();
    expect(fs.readdirSync(output).sort()).toEqual(names);
    for (const name of names) {
      const fresh = fs.readFileSync(path.join(output, name), "utf8");
      const committed = fs.readFileSync(path.join(GENERATED, name), "utf8");
      expect(committed === fresh, `src/proto/gen/${name} differs: run npm run proto`).toBe(true);
    }
  }, 60_000);
});
