/**
 * Which answers RaftClient tries again (on its next endpoint, or later): those after which
 * another attempt may succeed, and none that another attempt would only repeat.
 */
import { describe, expect, it } from "vitest";
import { isRetryableCode } from "../../src/client/raft-client.js";

describe("the retryable answers", () => {
  it("retry a node without a leader, a lost connection, and a vector store not settled there", () => {
    for (const code of ["ENOTLEADER", "ETIMEOUT", "ECLOSED", "EDROPPED", "ENOTHELD"]) {
      expect(isRetryableCode(code), code).toBe(true);
    }
  });

  it("do not retry a bad request, a refusal by a rule, or a missing collection", () => {
    for (const code of ["EINVALID", "EREJECTED", "ENOTFOUND", "EPERM", undefined]) {
      expect(isRetryableCode(code), String(code)).toBe(false);
    }
  });
});
