/**
 * `ruvraft node`: runs one node in this process until SIGTERM or SIGINT (a clean stop), with
 * JSON-lines logs (pino) on stdout. Exit codes: 0 after a clean stop, 1 when the node cannot
 * start (the log line says why: a locked or corrupt data directory, a bad config key) or
 * fails while running (a failed fsync: restart it to recover from the disk), 70 (EX_SOFTWARE)
 * when a broken invariant stopped it (a bug: the fatal log line has the invariant).
 */
import type { Command } from "commander";
import pino from "pino";
import { MetadataController } from "../controller/metadata-controller.js";
import { registerMetadataMetrics } from "../controller/metadata-metrics.js";
import {
  attachEngine,
  createRuvectorEngine,
  engineAdmission,
  registerEngineMetrics,
  type ShardReconciler,
  startVectorService,
} from "../engine/index.js";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
} from "../metadata/index.js";
import { startAdminServer } from "../node/admin-http.js";
import { systemClock } from "../node/clock.js";
import { StoppedError } from "../node/errors.js";
import { KvStateMachine, kvCodec } from "../node/kv-state-machine.js";
import type { RaftNode } from "../node/raft-node.js";
import { createTcpRaftNode } from "../node/tcp-transport.js";
import { isOperatingError } from "../util/errors.js";
import { checkBootstrapIsNew, holdsNoData } from "./bootstrap-guard.js";
import { type NodeCommandFlags, type NodeSettings, resolveNodeSettings } from "./node-settings.js";
import { finishRebuild, prepareRebuild, type RebuildPlan } from "./rebuild.js";

/** The exit code after a broken invariant stopped the node (sysexits.h EX_SOFTWARE). */
export const EXIT_INVARIANT_FAILED = 70;

/**
 * The exit code once the node failed while running: 1 for an operating error (a failed write
 * or fsync: restart it), EXIT_INVARIANT_FAILED for anything else (a bug: report it).
 */
export function exitCodeAfterFailure(error: Error): number {
  return isOperatingError(error) ? 1 : EXIT_INVARIANT_FAILED;
}

/** How often a node without any protection repeats its warning while it runs. */
const INSECURE_WARNING_INTERVAL_MS = 10 * 60 * 1000;

/**
 * One line at start saying which protection the node's connections have; a warning when there
 * is none (anyone who reaches the port can write and change the membership), repeated every
 * ten minutes while it runs so. Returns a function that stops the repetition.
 */
function logSecurity(logger: pino.Logger, node: RaftNode<unknown, unknown, unknown>): () => void {
  const tls = node.config.tls !== undefined;
  const secret = node.config.sharedSecret !== undefined;
  const clientSecret = node.config.clientSecret !== undefined;
  const on = [
    tls ? "mutual TLS" : undefined,
    secret ? "a shared secret" : undefined,
    clientSecret ? "a client secret (client rights only)" : undefined,
  ].filter((item) => item !== undefined);
  if (on.length > 0) {
    logger.info({ tls, sharedSecret: secret, clientSecret }, `security: ${on.join(" and ")}`);
    return () => {};
  }
  const warn = () =>
    logger.warn(
      { tls, sharedSecret: secret },
      `security: none (no TLS, no shared secret): anyone who can reach ${node.address()} can write, read and change the membership; see docs/operations.md`,
    );
  warn();
  const timer = setInterval(warn, INSECURE_WARNING_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** What the operator does about a start failure with `code`, where the guide has an answer. */
function adviceFor(code: string | undefined): { advice?: string } {
  if (code === "ECORRUPT" || code === "EDATADIR") {
    return {
      advice:
        "keep the data directory for a report and restore this node from the others with `ruvraft node --rebuild` (docs/operations.md section 7)",
    };
  }
  if (code === "ELOCKED") {
    return { advice: "another process runs on this data directory: stop it first" };
  }
  return {};
}

export async function runNode(settings: NodeSettings): Promise<number> {
  const logger = pino({ level: settings.logLevel, base: { nodeId: settings.node.nodeId } });
  let rebuild: RebuildPlan | undefined;
  if (
    settings.node.bootstrap !== false &&
    !settings.rebuild &&
    holdsNoData(settings.node.dataDirectory)
  ) {
    try {
      await checkBootstrapIsNew(settings, logger);
    } catch (error) {
      logger.fatal(
        { error: (error as Error).message, code: (error as { code?: string }).code },
        "the node cannot start",
      );
      return 1;
    }
  }
  if (settings.rebuild) {
    try {
      rebuild = await prepareRebuild(settings, logger);
    } catch (error) {
      logger.fatal(
        { error: (error as Error).message },
        "rebuild: cannot prepare the node's return",
      );
      return 1;
    }
    settings = { ...settings, node: { ...settings.node, bootstrap: false } };
  }
  let node: RaftNode<unknown, unknown, unknown>;
  let controller: MetadataController | undefined;
  let projector: MetadataProjector | undefined;
  let metadataNode: RaftNode<MetadataEvent, MetadataResponse, MetadataQuery> | undefined;
  if (settings.stateMachine === "kv") {
    node = createTcpRaftNode(settings.node, new KvStateMachine(), kvCodec, logger) as RaftNode<
      unknown,
      unknown,
      unknown
    >;
  } else {
    projector = new MetadataProjector();
    metadataNode = createTcpRaftNode(
      settings.node,
      projector,
      metadataCodec,
      logger,
      settings.engine === "ruvector"
        ? { admit: engineAdmission, vectors: () => vectorService?.handler }
        : {},
    );
    controller = new MetadataController(metadataNode, projector, { logger });
    node = metadataNode as RaftNode<unknown, unknown, unknown>;
  }
  let reconciler: ShardReconciler | undefined;
  let vectorService: ReturnType<typeof startVectorService> | undefined;
  // A programmer error in the engine stops the node; the real handler is set once it runs.
  let engineFatal: unknown;
  let onEngineFatal = (error: unknown) => {
    engineFatal ??= error;
  };
  // The admin server first, so that metrics count the node's first election.
  let admin: Awaited<ReturnType<typeof startAdminServer>> | undefined;
  // A founder waits in start() until it has met every founder (src/node/founding.ts): a
  // SIGTERM or SIGINT meanwhile stops it cleanly (exit 0).
  let signalledDuringStart: string | undefined;
  const stopDuringStart = (signal: string) => {
    signalledDuringStart = signal;
    void node.stop();
  };
  process.once("SIGTERM", stopDuringStart);
  process.once("SIGINT", stopDuringStart);
  try {
    if (settings.adminPort !== undefined) {
      admin = await startAdminServer(node, {
        host: settings.adminListen,
        port: settings.adminPort,
        logger,
      });
      if (projector !== undefined) registerMetadataMetrics(admin.metrics.registry, projector);
    }
    await node.start();
    controller?.start();
    if (settings.engine === "ruvector" && metadataNode !== undefined && projector !== undefined) {
      // After start(): the data directory's lock is held before the engine touches <data>/engine.
      const engine = createRuvectorEngine(settings.node.dataDirectory);
      reconciler = await attachEngine(metadataNode, projector, engine, {
        clock: systemClock,
        logger,
        onFatal: (error) => onEngineFatal(error),
      });
      if (admin !== undefined) registerEngineMetrics(admin.metrics.registry, engine, reconciler);
      vectorService = startVectorService(metadataNode, projector, engine, {
        clock: systemClock,
        logger,
        description: settings.description,
        onFatal: (error) => onEngineFatal(error),
      });
    }
    if (rebuild !== undefined) {
      const plan = rebuild;
      finishRebuild(node, plan, logger).catch((error: unknown) => {
        logger.error(
          { error: (error as Error).message },
          "rebuild: could not finish; promote the node with ruvraft ctl promote",
        );
      });
    }
  } catch (error) {
    await vectorService?.close();
    await reconciler?.stop();
    await admin?.close();
    if (signalledDuringStart !== undefined && error instanceof StoppedError) {
      logger.info({ reason: signalledDuringStart }, "stopped before the node had started");
      return 0;
    }
    const code = (error as { code?: string }).code;
    logger.fatal(
      { error: (error as Error).message, code, ...adviceFor(code) },
      "the node cannot start",
    );
    return 1;
  } finally {
    process.removeListener("SIGTERM", stopDuringStart);
    process.removeListener("SIGINT", stopDuringStart);
  }
  if (signalledDuringStart !== undefined) {
    // The signal came as start() finished: stop now.
    controller?.stop();
    await vectorService?.close();
    await reconciler?.stop();
    await admin?.close();
    await node.stop();
    return 0;
  }
  logger.info(
    {
      address: node.address(),
      admin: admin === undefined ? null : `${admin.address().host}:${admin.address().port}`,
      dataDirectory: node.config.dataDirectory,
    },
    "node listening",
  );
  const stopSecurityWarnings = logSecurity(logger, node);
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (code: number, reason: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ reason }, "stopping");
      stopSecurityWarnings();
      controller?.stop();
      const closing = Promise.all([vectorService?.close(), reconciler?.stop(), admin?.close()]);
      closing
        .then(() => node.stop())
        .then(
          () => resolve(code),
          (error: unknown) => {
            logger.error({ error: (error as Error).message }, "error while stopping");
            resolve(1);
          },
        );
    };
    if (settings.exitWithParent) {
      // Started by `ruvraft cluster` (or a test harness): never outlive it, even after its
      // SIGKILL. Orphaned processes are re-parented, so a changed parent pid means it died.
      const parent = process.ppid;
      const watch = setInterval(() => {
        if (process.ppid !== parent) stop(0, "the parent process exited");
      }, 500);
      watch.unref();
    }
    process.once("SIGTERM", () => stop(0, "SIGTERM"));
    process.once("SIGINT", () => stop(0, "SIGINT"));
    node.once("failed", (error) => stop(exitCodeAfterFailure(error), `fatal: ${error.message}`));
    onEngineFatal = (error) => {
      logger.fatal(
        { error: (error as Error).message, stack: (error as Error).stack },
        "a broken invariant in the engine stopped the node",
      );
      stop(EXIT_INVARIANT_FAILED, `engine: ${(error as Error).message}`);
    };
    if (engineFatal !== undefined) onEngineFatal(engineFatal);
  });
}

export function addNodeCommand(program: Command): void {
  const node = program
    .command("node")
    .description("run one node (JSON-lines logs on stdout; SIGTERM or SIGINT stops it cleanly)");
  addClusterFlags(node);
  addDataPlaneFlags(node);
  addRecoveryAndSecurityFlags(node);
  node.action(async (flags: NodeCommandFlags) => {
    process.exitCode = await runNode(resolveNodeSettings(flags, process.env));
  });
}

/** Where the node's configuration and data are, its cluster, and where it listens and logs. */
function addClusterFlags(node: Command): void {
  node
    .option("--config <file>", "JSON config file (keys: see README, 'Running a node')")
    .option("--node-id <n>", "this node's id (env RUVRAFT_NODE_ID)")
    .option(
      "--peers <list>",
      "every member of a new cluster: 1=host:port,2=host:port,... (env RUVRAFT_PEERS)",
    )
    .option("--data <dir>", "data directory (env RUVRAFT_DATA)")
    .option(
      "--cluster-id <name>",
      "cluster name every member shares (env RUVRAFT_CLUSTER_ID; default ruvraft)",
    )
    .option("--join", "join an existing cluster instead of bootstrapping one (env RUVRAFT_JOIN=1)")
    .option(
      "--listen <host:port>",
      "listen address (env RUVRAFT_LISTEN; default: this node's address in --peers)",
    )
    .option(
      "--admin-port <port>",
      "admin HTTP port for /metrics, /health, /status (env RUVRAFT_ADMIN_PORT)",
    )
    .option(
      "--admin-listen <host>",
      "host the admin HTTP server binds to (env RUVRAFT_ADMIN_LISTEN; default 127.0.0.1: it has no authentication, keep it on the management side)",
    )
    .option(
      "--log-level <level>",
      "fatal|error|warn|info|debug (env RUVRAFT_LOG_LEVEL; default info)",
    );
}

/** What the node runs: its state machine, its engine, and how it describes itself to the metadata. */
function addDataPlaneFlags(node: Command): void {
  node
    .option(
      "--state-machine <name>",
      "metadata (Ruvector cluster metadata, default) | kv (a key-value store) (env RUVRAFT_STATE_MACHINE)",
    )
    .option(
      "--engine <name>",
      "ruvector (default with metadata: hold this node's shards in @ruvector/core stores under <data>/engine) | none (metadata only) (env RUVRAFT_ENGINE)",
    )
    .option(
      "--data-address <host:port>",
      "the data-plane address recorded for this node in the metadata (env RUVRAFT_DATA_ADDRESS; default: its address in --peers)",
    )
    .option(
      "--capacity <size>",
      "this node's storage capacity recorded in the metadata: bytes, or 500GB, 64GiB, ... (env RUVRAFT_CAPACITY)",
    )
    .option(
      "--label <key=value>",
      "a label recorded for this node, such as zone=a; repeat for more (env RUVRAFT_LABELS=zone=a,rack=r1)",
      (value: string, previous: string[] = []) => [...previous, value],
    );
}

/** How the node stops, recovers a lost majority or a lost disk, and protects its connections. */
function addRecoveryAndSecurityFlags(node: Command): void {
  node
    .option("--exit-with-parent", "stop when the parent process exits (ruvraft cluster sets it)")
    .option(
      "--force-new-cluster",
      "DANGEROUS, only to recover from a lost majority: restart this node alone as a new one-node cluster from its committed data (see docs/operations.md)",
    )
    .option(
      "--rebuild",
      "move the data directory aside and restore this node from the other members (removed, re-added as a learner, caught up, promoted back)",
    )
    .option("--tls-cert <file>", "mutual TLS: this node's certificate (env RUVRAFT_TLS_CERT)")
    .option("--tls-key <file>", "mutual TLS: this node's key (env RUVRAFT_TLS_KEY)")
    .option("--tls-ca <file>", "mutual TLS: the CA certificate (env RUVRAFT_TLS_CA)")
    .option(
      "--insecure",
      "listen beyond loopback without a shared secret or TLS: anyone who reaches the node may write, read and change the membership (env RUVRAFT_INSECURE=1)",
    )
    .addHelpText(
      "after",
      "\nSecrets come from the environment (or the config file), never a flag: RUVRAFT_SHARED_SECRET (sharedSecret), the cluster secret that peers and administrators prove; RUVRAFT_CLIENT_SECRET (clientSecret), optional, which lets clients propose and read only (membership, transfer and snapshot need the cluster secret). Without either secret or TLS the node refuses to listen beyond loopback unless --insecure.",
    );
}
