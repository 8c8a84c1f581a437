/**
 * A cluster run with a shared secret and mutual TLS from the environment (as docs/operations.md
 * says): ctl works with the same environment and is refused without it.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { ctl, freeBasePort, Processes, waitFor } from "./cli-harness.js";

const processes = new Processes();
afterEach(() => processes.reap());

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A CA and one node certificate signed by it (node identity is the node id, not the name). */
function certificates(directory: string): { certFile: string; keyFile: string; caFile: string } {
  const openssl = (...args: string[]) =>
    execFileSync("openssl", args, { cwd: directory, stdio: "ignore" });
  const key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(
    "req",
    "-x509",
    ...key,
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "1",
    "-subj",
    "/CN=ruvraft-ca",
  );
  openssl("req", ...key, "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=node");
  openssl(
    "x509",
    "-req",
    "-in",
    "node.csr",
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "node.crt",
    "-days",
    "1",
  );
  return {
    certFile: path.join(directory, "node.crt"),
    keyFile: path.join(directory, "node.key"),
    caFile: path.join(directory, "ca.crt"),
  };
}

describe.skipIf(!hasOpenssl())("a secured cluster", () => {
  it("runs with RUVRAFT_SHARED_SECRET and RUVRAFT_TLS_*; ctl needs the same to get in", async () => {
    const tls = certificates(temporaryDirectory());
    const secure = {
      RUVRAFT_SHARED_SECRET: "correct horse battery staple",
      RUVRAFT_TLS_CERT: tls.certFile,
      RUVRAFT_TLS_KEY: tls.keyFile,
      RUVRAFT_TLS_CA: tls.caFile,
    };
    const saved = { ...process.env };
    Object.assign(process.env, secure);
    const base = await freeBasePort(3);
    try {
      processes.start([
        "cluster",
        "--data",
        temporaryDirectory(),
        "--base-port",
        String(base),
        "--state-machine",
        "kv",
      ]);
      await waitFor("a leader", async () =>
        /leader/.test(await ctl(base, 3, "status")) ? true : undefined,
      );
      expect(JSON.parse(await ctl(base, 3, "put", "secret", "kept"))).toMatchObject({ ok: true });
      process.env.RUVRAFT_SHARED_SECRET = "wrong";
      const refused = await ctl(base, 3, "--timeout", "2000", "get", "secret").catch(
        (error: { code: number }) => error,
      );
      expect(refused).toMatchObject({ code: 1 });
    } finally {
      process.env = saved;
    }
  }, 60_000);
});
