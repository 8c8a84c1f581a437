import { describe, expect, it } from "vitest";
import { EXIT_INVARIANT_FAILED, exitCodeAfterFailure } from "../../src/cli/node-process.js";
import { LogFailedError } from "../../src/storage/errors.js";
import { AssertionError } from "../../src/util/assert.js";

describe("ruvraft node's exit code after a failure while running", () => {
  it("is 1 for an operating error and 70 (EX_SOFTWARE) for a broken invariant", () => {
    expect(exitCodeAfterFailure(new LogFailedError("fdatasync failed (EIO)"))).toBe(1);
    const full: NodeJS.ErrnoException = new Error("ENOSPC: no space left on device, write");
    full.code = "ENOSPC";
    expect(exitCodeAfterFailure(full)).toBe(1);
    expect(EXIT_INVARIANT_FAILED).toBe(70);
    expect(exitCodeAfterFailure(new AssertionError("assertion failed: two leaders"))).toBe(70);
    expect(exitCodeAfterFailure(new TypeError("x is undefined"))).toBe(70);
    const programmer: NodeJS.ErrnoException = new TypeError("bad argument");
    programmer.code = "ERR_INVALID_ARG_TYPE";
    expect(exitCodeAfterFailure(programmer)).toBe(70);
  });
});
