import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, isErrorCode, remoteError } from "../../src/util/errors.js";

/** Every hand-written source file under src/ (generated protobuf code left out). */
function sourceTexts(): string {
  const texts: string[] = [];
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "gen") walk(full);
      } else if (entry.name.endsWith(".ts") && !full.endsWith(path.join("util", "errors.ts"))) {
        texts.push(fs.readFileSync(full, "utf8"));
      }
    }
  };
  walk(path.join(import.meta.dirname, "..", "..", "src"));
  return texts.join("\n");
}

describe("the error code table", () => {
  it("lists only codes some source raises or answers with", () => {
    const sources = sourceTexts();
    const unused = Object.keys(ERROR_CODES).filter((code) => !sources.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });

  it("keeps a known remote code, and names an unknown one under EUNKNOWN", () => {
    expect(isErrorCode("ENOTLEADER")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
    expect(remoteError("EPERM", "EREJECTED", "no")).toEqual({ code: "EPERM", message: "no" });
    expect(remoteError(undefined, "EREJECTED", "no")).toEqual({ code: "EREJECTED", message: "no" });
    expect(remoteError("ENEWER", "EREJECTED", "no")).toEqual({
      code: "EUNKNOWN",
      message: "ENEWER: no",
    });
  });
});
