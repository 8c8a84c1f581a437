/**
 * A cluster run with a shared secret and mutual TLS from the environment (as docs/operations.md
 * says): ctl works with the same environment and is refused without it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
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

/**
 * A CA and node 1's certificate, made by the guide's own commands (docs/operations.md section
 * 4, the sh block starting "# tls-certificates"), so that they stay right.
 */
function certificates(directory: string): { certFile: string; keyFile: string; caFile: string } {
  const guide = fs.readFileSync(path.resolve("docs/operations.md"), "utf8");
  const block = /```sh\n# tls-certificates\n([\s\S]*?)```/.exec(guide)?.[1];
  if (block === undefined) throw new Error("docs/operations.md has no tls-certificates block");
  execFileSync("bash", ["-euo", "pipefail", "-c", block], { cwd: directory, stdio: "ignore" });
  return {
    certFile: path.join(directory, "node-1.crt"),
    keyFile: path.join(directory, "node-1.key"),
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
  }, 120_000);

  it("runs nodes started with --tls-* flags and --cluster-id; ctl add-node grows the cluster; --rebuild works under TLS", async () => {
    const tls = certificates(temporaryDirectory());
    const base = await freeBasePort(4);
    const peers = [1, 2, 3, 4].map((id) => `${id}=127.0.0.1:${base + id}`).join(",");
    const tlsFlags = ["--tls-cert", tls.certFile, "--tls-key", tls.keyFile, "--tls-ca", tls.caFile];
    const start = (id: number, extra: string[], data: string) =>
      processes.start([
        "node",
        "--node-id",
        String(id),
        "--peers",
        peers,
        "--data",
        data,
        "--cluster-id",
        "secure",
        "--state-machine",
        "kv",
        ...tlsFlags,
        ...extra,
      ]);
    // Nodes 1-3 bootstrap (node 4 is listed so that it can be reached, but joins later).
    const bootstrapPeers = [1, 2, 3].map((id) => `${id}=127.0.0.1:${base + id}`).join(",");
    for (const id of [1, 2, 3]) {
      processes.start([
        "node",
        "--node-id",
        String(id),
        "--peers",
        bootstrapPeers,
        "--data",
        temporaryDirectory(),
        "--cluster-id",
        "secure",
        "--state-machine",
        "kv",
        ...tlsFlags,
      ]);
    }
    const saved = { ...process.env };
    Object.assign(process.env, {
      RUVRAFT_TLS_CERT: tls.certFile,
      RUVRAFT_TLS_KEY: tls.keyFile,
      RUVRAFT_TLS_CA: tls.caFile,
    });
    try {
      const q = (...args: string[]) => ctl(base, 3, "--cluster-id", "secure", ...args);
      await waitFor("a leader", async () => (/leader/.test(await q("status")) ? true : undefined));
      // The wrong cluster id is refused.
      const wrong = await ctl(base, 3, "--timeout", "2000", "members").catch(
        (error: { code: number }) => error,
      );
      expect(wrong).toMatchObject({ code: 1 });
      const fourData = temporaryDirectory();
      const four = start(4, ["--join"], fourData);
      await waitFor("node 4 to listen", async () =>
        four.output().includes("node listening") ? true : undefined,
      );
      expect(await q("add-node", "4", `127.0.0.1:${base + 4}`)).toContain("added node 4");
      const members = JSON.parse(await q("-o", "json", "members")).members as {
        nodeId: number;
        voter: boolean;
      }[];
      expect(members.map((m) => [m.nodeId, m.voter])).toEqual([
        [1, true],
        [2, true],
        [3, true],
        [4, true],
      ]);
      expect(JSON.parse(await q("-o", "json", "put", "grown", "yes"))).toMatchObject({ ok: true });

      // Rebuild node 4 under mutual TLS (it once dialled without TLS, failed after 30 s and
      // had moved its data aside already): stopped, restarted with --rebuild and the same flags.
      const stopped = new Promise((resolve) => four.child.once("exit", resolve));
      four.child.kill("SIGTERM");
      await stopped;
      const rebuilt = start(4, ["--rebuild"], fourData);
      await waitFor("the rebuild to finish", async () =>
        rebuilt.output().includes("rebuild: caught up from the cluster") ? true : undefined,
      );
      expect(rebuilt.output()).toContain("rebuild: moved the old data directory aside");
      const after = JSON.parse(await q("-o", "json", "members")).members as {
        nodeId: number;
        voter: boolean;
      }[];
      expect(after.find((m) => m.nodeId === 4)?.voter).toBe(true);
    } finally {
      process.env = saved;
    }
  }, 60_000);
});
