/**
 * Two fault suites on one machine never share a namespace prefix (test/fault/network.ts
 * freePrefix): a long run's prefix held by a live process is skipped, a dead one's is reused.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePrefix } from "./network.js";

const REGISTRY_DIRECTORY = "/tmp/ruvraft-fault-nets";
const written: string[] = [];
afterEach(() => {
  for (const file of written.splice(0)) fs.rmSync(file, { force: true });
});

function claim(prefix: string, pid: number): void {
  fs.mkdirSync(REGISTRY_DIRECTORY, { recursive: true });
  const file = path.join(REGISTRY_DIRECTORY, `${prefix}.pid`);
  if (fs.existsSync(file)) throw new Error(`${file} exists: a run is using it`);
  fs.writeFileSync(file, String(pid));
  written.push(file);
}

describe("fault network prefix", () => {
  it("skips a prefix a live run holds and reuses one whose run is gone", () => {
    const first = freePrefix();
    // Another live process (this one's parent) takes the prefix this process would draw.
    claim(first, process.ppid);
    const second = freePrefix();
    expect(second).not.toBe(first);
    expect(second).toMatch(/^rvf\d+$/);
    // A dead run's registry does not block it (pids never reach 2^22 + 12345 on Linux).
    fs.writeFileSync(path.join(REGISTRY_DIRECTORY, `${first}.pid`), String(2 ** 22 + 12_345));
    expect(freePrefix()).toBe(first);
  });
});
