/**
 * Plain-text tables for benchmark output: every column as wide as its widest cell, cells
 * right-aligned, except the last column (free text), which is left as it is.
 */

/** The header and the rows, one line each, columns two spaces apart (no trailing newline). */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  return [header, ...rows].map(line).join("\n");
}
