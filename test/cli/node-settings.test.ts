/**
 * `ruvraft node` settings are strict: unknown keys, values of the wrong type and empty secrets
 * are errors naming the key and where it came from, never a setting silently ignored (a
 * number as sharedSecret once crashed the node at the first connection; a misspelt tls block
 * ran it in plaintext).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { resolveNodeSettings } from "../../src/cli/node-settings.js";
import { resolveNodeConfig } from "../../src/node/config.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { MAIN } from "./cli-harness.js";

const run = promisify(execFile);

function configFile(values: Record<string, unknown>): string {
  const file = path.join(temporaryDirectory(), "node.json");
  fs.writeFileSync(file, JSON.stringify({ nodeId: 1, dataDirectory: "/tmp/x", ...values }));
  return file;
}

const resolve = (values: Record<string, unknown>, environment: NodeJS.ProcessEnv = {}) => {
  const file = configFile(values);
  return { file, settings: () => resolveNodeSettings({ config: file }, environment) };
};

describe("node settings", () => {
  it("reads a valid file with every kind of value", () => {
    const { settings } = resolve({
      peers: [{ id: 1, address: "127.0.0.1:7401" }],
      sharedSecret: "s3cret",
      tls: { certFile: "c.pem", keyFile: "k.pem", caFile: "ca.pem" },
      electionTimeoutMinMs: 300,
      electionTimeoutMaxMs: 600,
      leaseReads: false,
      logWriteThread: "thread-pool",
      promoteLagEntryCountMax: 5,
      logLevel: "warn",
    });
    expect(settings()).toMatchObject({
      logLevel: "warn",
      node: {
        sharedSecret: "s3cret",
        tls: { certFile: "c.pem", keyFile: "k.pem", caFile: "ca.pem" },
        electionTimeoutMinMs: 300,
        leaseReads: false,
        logWriteThread: "thread-pool",
        promoteLagEntryCountMax: 5,
      },
    });
  });

  it.each([
    [
      { sharedSecret: 12345 },
      /config sharedSecret: in .*node\.json must be a non-empty string .*got number 12345/,
    ],
    [{ sharedSecret: "" }, /config sharedSecret: .*must be a non-empty string/],
    [{ tls: { cert: "c", key: "k", ca: "a" } }, /config tls\.cert: unknown key in .*node\.json/],
    [{ tls: "yes" }, /config tls: in .*node\.json must be \{"certFile", "keyFile", "caFile"\}/],
    [
      { electionTimeoutMinMS: 300 },
      /config electionTimeoutMinMS: unknown key .*did you mean electionTimeoutMinMs\?/,
    ],
    [{ bogus: 1 }, /config bogus: unknown key in .*node\.json/],
    [
      { maxInflightBytes: 1024 },
      /config maxInflightBytes: in .*node\.json was renamed inflightBytesMax: rename the key/,
    ],
    [
      { heartbeatIntervalMs: "50" },
      /config heartbeatIntervalMs: in .*must be a number, got string "50"/,
    ],
    [{ leaseReads: "no" }, /config leaseReads: .*must be true or false/],
    [
      { logWriteThread: 1 },
      /config logWriteThread: in .*node\.json must be a non-empty string, got number 1/,
    ],
    [{ peers: [{ id: "1", address: "h:1" }] }, /config peers\[0\]: .*must be \{"id": N/],
    [{ logLevel: "loud" }, /config logLevel: must be one of fatal, error/],
  ])("refuses %j, naming the key and the file", (values, message) => {
    expect(resolve(values).settings).toThrow(message);
  });

  it("accepts every node config file the guide shows", () => {
    const guide = fs.readFileSync(path.resolve("docs/operations.md"), "utf8");
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((match) => match[1] as string)
      .filter((block) => block.includes('"nodeId"'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const file = path.join(temporaryDirectory(), "guide.json");
      fs.writeFileSync(file, block);
      // The guide's units give the secret through an EnvironmentFile (section 5).
      const environment = { RUVRAFT_SHARED_SECRET: "from /etc/ruvraft/secret.env" };
      expect(resolveNodeSettings({ config: file }, environment).node.nodeId).toBeGreaterThan(0);
    }
  });

  it("refuses an empty RUVRAFT_SHARED_SECRET (one empty Environment= line)", () => {
    const { settings } = resolve({}, { RUVRAFT_SHARED_SECRET: "" });
    expect(settings).toThrow(/RUVRAFT_SHARED_SECRET is set but empty/);
    const client = resolve({}, { RUVRAFT_CLIENT_SECRET: "" });
    expect(client.settings).toThrow(/clientSecret.*RUVRAFT_CLIENT_SECRET is set but empty/);
  });

  it("binds the admin HTTP server to loopback unless told otherwise", () => {
    expect(resolve({ peers: "1=127.0.0.1:7401" }).settings().adminListen).toBe("127.0.0.1");
    const { file } = resolve({ peers: "1=127.0.0.1:7401", adminListen: "10.0.0.9" });
    expect(resolveNodeSettings({ config: file }, {}).adminListen).toBe("10.0.0.9");
    expect(resolveNodeSettings({ config: file, adminListen: "::1" }, {}).adminListen).toBe("::1");
  });

  it("runs the Ruvector engine with metadata by default, and checks --engine", () => {
    const { file } = resolve({ peers: "1=127.0.0.1:7401" });
    expect(resolveNodeSettings({ config: file }, {}).engine).toBe("ruvector");
    expect(resolveNodeSettings({ config: file, engine: "none" }, {}).engine).toBe("none");
    expect(resolveNodeSettings({ config: file, stateMachine: "kv" }, {}).engine).toBe("none");
    expect(() => resolveNodeSettings({ config: file, engine: "faiss" }, {})).toThrow(
      /engine.*must be ruvector or none, got "faiss"/,
    );
    expect(() =>
      resolveNodeSettings(
        { config: file },
        { RUVRAFT_STATE_MACHINE: "kv", RUVRAFT_ENGINE: "ruvector" },
      ),
    ).toThrow(/engine.*needs the metadata state machine/);
  });

  it("reads the node's data address, capacity and labels from flags, environment or file", () => {
    const { file } = resolve({
      peers: "1=127.0.0.1:7401",
      capacity: "500GB",
      labels: { zone: "a" },
      dataAddress: "data-1:9001",
    });
    expect(resolveNodeSettings({ config: file }, {}).description).toEqual({
      dataAddress: "data-1:9001",
      capacityBytes: 500e9,
      labels: { zone: "a" },
    });
    const environment = { RUVRAFT_CAPACITY: "64GiB", RUVRAFT_LABELS: "zone=b,rack=r1" };
    expect(resolveNodeSettings({ config: file }, environment).description).toMatchObject({
      capacityBytes: 64 * 2 ** 30,
      labels: { zone: "b", rack: "r1" },
    });
    const flags = { config: file, capacity: "1048576", label: ["zone=c"] };
    expect(resolveNodeSettings(flags, environment).description).toMatchObject({
      capacityBytes: 1048576,
      labels: { zone: "c" },
    });
    const bare = resolve({ peers: "1=127.0.0.1:7401" }).file;
    expect(resolveNodeSettings({ config: bare }, {}).description).toEqual({});
    const refuse = (flags: Record<string, unknown>, pattern: RegExp) =>
      expect(() => resolveNodeSettings({ config: bare, ...flags }, {})).toThrow(pattern);
    refuse({ capacity: "12 parsecs" }, /capacity.*got "12 parsecs"/);
    refuse({ capacity: "1.5B" }, /capacity.*whole number of bytes/);
    refuse({ label: ["zone"] }, /labels.*expected key=value, got "zone"/);
    refuse({ label: ["zone=a", "zone=b"] }, /labels.*"zone" is given twice/);
    refuse({ dataAddress: "nowhere" }, /dataAddress.*not host:port/);
    refuse({ label: ["zone=a"], engine: "none" }, /labels.*needs the engine/);
    expect(() => resolve({ labels: ["zone=a"] }).settings()).toThrow(/labels.*string labels/);
  });

  it("takes a client secret only beside a different cluster secret", () => {
    const both = resolve({ sharedSecret: "s" }, { RUVRAFT_CLIENT_SECRET: "c" }).settings();
    expect(both.node).toMatchObject({ sharedSecret: "s", clientSecret: "c" });
    // RaftNode checks the pair (src/node/config.ts).
    const alone = resolve({ peers: "1=127.0.0.1:0", clientSecret: "c" }).settings();
    expect(() => resolveNodeConfig(alone.node)).toThrow(/clientSecret.*needs a sharedSecret/);
    const same = resolve({ peers: "1=127.0.0.1:0", sharedSecret: "x", clientSecret: "x" });
    expect(() => resolveNodeConfig(same.settings().node)).toThrow(/must differ from sharedSecret/);
  });

  it("refuses to listen beyond loopback without a secret or TLS, unless --insecure", () => {
    const open = resolve({ peers: "1=0.0.0.0:7401" });
    expect(open.settings).toThrow(/listen.*0\.0\.0\.0 is not a loopback address.*--insecure/);
    const exposed = resolve({ peers: "1=127.0.0.1:7401", listen: "10.1.2.3:7401" });
    expect(exposed.settings).toThrow(/10\.1\.2\.3 is not a loopback address/);
    expect(resolve({ peers: "1=0.0.0.0:7401", insecure: true }).settings().node.nodeId).toBe(1);
    expect(
      resolve({ peers: "1=0.0.0.0:7401" }, { RUVRAFT_SHARED_SECRET: "s" }).settings().node.nodeId,
    ).toBe(1);
    expect(resolveNodeSettings({ config: open.file, insecure: true }, {}).node.nodeId).toBe(1);
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "[::1]"]) {
      expect(resolve({ peers: `1=${host}:7401` }).settings().node.nodeId).toBe(1);
    }
  });

  it("makes ruvraft node exit 1 with the error, before it listens", async () => {
    const file = configFile({ sharedSecret: 12345, peers: "1=127.0.0.1:0" });
    const failed = await run(process.execPath, [MAIN, "node", "--config", file]).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(`${failed?.stdout}${failed?.stderr}`).toMatch(/invalid config sharedSecret/);
  });

  it("makes ruvraft node on a non-loopback address without a secret exit 1 before it listens", async () => {
    // Refused while reading its settings: it never binds 0.0.0.0.
    const file = configFile({ peers: "1=0.0.0.0:0" });
    const failed = await run(process.execPath, [MAIN, "node", "--config", file], {
      env: { PATH: process.env.PATH },
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(`${failed?.stdout}${failed?.stderr}`).toMatch(
      /invalid config listen: 0\.0\.0\.0 is not a loopback address.*--insecure/,
    );
  });
});
