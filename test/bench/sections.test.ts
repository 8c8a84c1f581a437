import { describe, expect, it } from "vitest";
import { chosenSections } from "../../bench/options.js";

describe("chosenSections (--only of bench:wal and bench:metadata)", () => {
  const sections = ["latency", "bandwidth", "group"] as const;

  it("runs every section without --only, and only the named one with it", () => {
    const all = chosenSections(sections, undefined);
    expect(sections.map(all)).toEqual([true, true, true]);
    const one = chosenSections(sections, "bandwidth");
    expect(sections.map(one)).toEqual([false, true, false]);
  });

  it("refuses a name that is not a section, listing the choices", () => {
    expect(() => chosenSections(sections, "recovery")).toThrow(
      '--only must be one of latency, bandwidth, group, got "recovery"',
    );
  });
});
