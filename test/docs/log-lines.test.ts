/**
 * docs/operations.md section 11 lists the log lines an operator watches for, with their level.
 * Each must exist in the source, logged at that level: a guide that names a line the code never
 * writes (or writes at info) sends the operator looking for nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const GUIDE = fs.readFileSync(path.resolve("docs/operations.md"), "utf8");

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "gen" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const SOURCES = sourceFiles(path.resolve("src")).map((file) => ({
  file,
  text: fs.readFileSync(file, "utf8"),
}));

/** The rows of the section's table: each backticked message of the first cell, and the level. */
function guideRows(): { message: string; level: string }[] {
  const section = GUIDE.slice(GUIDE.indexOf("## 11. Log lines"));
  const table = section.slice(
    0,
    section.indexOf("\n## ") === -1 ? undefined : section.indexOf("\n## "),
  );
  const rows: { message: string; level: string }[] = [];
  for (const line of table.split("\n")) {
    const cells = line.split(" | ");
    if (!line.startsWith("| `") || cells.length < 3) continue;
    const level = (cells[1] as string).trim();
    for (const [, message] of (cells[0] as string).matchAll(/`([^`]+)`/g)) {
      rows.push({ message: message as string, level });
    }
  }
  return rows;
}

/** The longest stretch of the message without a placeholder (<file>, ...). */
function literalPart(message: string): string {
  return message
    .split(/<[^>]+>(?:\.\w+)?|\.\.\./)
    .map((part) => part.trim().replace(/:$/, ""))
    .sort((a, b) => b.length - a.length)[0] as string;
}

/** Levels of the logger calls whose text contains `literal` (the call nearest before it). */
function levelsLogging(literal: string): string[] {
  const levels: string[] = [];
  for (const { text } of SOURCES) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
      const before = text.slice(Math.max(0, at - 600), at);
      const calls = [...before.matchAll(/\.(fatal|error|warn|info|debug|trace)\b/g)];
      const last = calls.at(-1);
      if (last !== undefined) levels.push(last[1] as string);
    }
  }
  return levels;
}

describe("the guide's log lines", () => {
  const rows = guideRows();

  it("are read from the guide", () => {
    expect(rows.length).toBeGreaterThan(15);
  });

  it.each(rows.map((row) => [row.message, row.level]))("%s is logged at %s", (message, level) => {
    const literal = literalPart(message);
    const levels = levelsLogging(literal);
    expect(levels, `no logger call writes "${literal}"`).not.toEqual([]);
    expect(levels).toContain(level);
  });
});
