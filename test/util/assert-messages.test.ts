import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AssertionError, assert, assertionFailed } from "../../src/util/assert.js";

const SOURCE_ROOT = path.join(import.meta.dirname, "..", "..", "src");

/** Every hand-written .ts file under src/ (generated protobuf code left out), by path. */
function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "gen") walk(full);
      } else if (entry.name.endsWith(".ts")) {
        files.set(path.relative(SOURCE_ROOT, full), fs.readFileSync(full, "utf8"));
      }
    }
  };
  walk(SOURCE_ROOT);
  return files;
}

/**
 * The text of each `assert(...)` call in `text` (up to its matching parenthesis), with its
 * line. Parentheses inside template substitutions balance, so counting them finds the end.
 */
function assertCalls(text: string): { line: number; call: string }[] {
  const calls: { line: number; call: string }[] = [];
  for (const match of text.matchAll(/\bassert\(/g)) {
    const start = match.index;
    let depth = 0;
    let end = start + "assert".length;
    // Bounded by the text's length.
    for (; end < text.length; end++) {
      if (text[end] === "(") depth++;
      else if (text[end] === ")" && --depth === 0) break;
    }
    calls.push({ line: text.slice(0, start).split("\n").length, call: text.slice(start, end + 1) });
  }
  return calls;
}

describe("assertions", () => {
  it("never build their message on every call: no assert() message is a template with values", () => {
    const offenders: string[] = [];
    for (const [file, text] of sourceFiles()) {
      for (const { line, call } of assertCalls(text)) {
        if (/`[^`]*\$\{/.test(call)) offenders.push(`src/${file}:${line}: ${call}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("finds a template message, on one line or over several (the check above can fail)", () => {
    // "$" + "{": source text holding template substitutions, not templates here.
    const text = [
      "assert(a === b, `a is $" + "{a}`);",
      "assert(",
      "  f(x) > 0,",
      "  `f of $" + "{x}`,",
      ");",
      'assert(ok, "constant");',
    ].join("\n");
    const withValues = assertCalls(text).filter(({ call }) => /`[^`]*\$\{/.test(call));
    expect(withValues.map(({ line }) => line)).toEqual([1, 2]);
  });

  it("throw AssertionError naming the failure, from assert and assertionFailed alike", () => {
    expect(() => assert(false, "the invariant")).toThrow(
      new AssertionError("assertion failed: the invariant"),
    );
    expect(() => assertionFailed(`index ${7}`)).toThrow(
      new AssertionError("assertion failed: index 7"),
    );
    expect(() => assert(true, "holds")).not.toThrow();
  });
});
