/**
 * NodeProcess: the node that `ruvraft node` runs and what this process runs around it (the
 * metadata controller, the admin HTTP server, the engine's reconciler and vector service),
 * started in order, then run until SIGTERM, SIGINT, the parent's exit (`--exit-with-parent`)
 * or a failure; and the exit codes of those ends (node-command.ts has the command).
 */
import type pino from "pino";
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
import { type AdminServer, startAdminServer } from "../node/admin-http.js";
import { systemClock } from "../node/clock.js";
import { StoppedError } from "../node/errors.js";
import { KvStateMachine, kvCodec } from "../node/kv-state-machine.js";
import type { RaftNode } from "../node/raft-node.js";
import { createTcpRaftNode } from "../node/tcp-transport.js";
import { isOperatingError } from "../util/errors.js";
import type { NodeSettings } from "./node-settings.js";
import { finishRebuild, type RebuildPlan } from "./rebuild.js";

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

export class NodeProcess {
  readonly node: RaftNode<unknown, unknown, unknown>;
  private readonly controller: MetadataController | undefined;
  private readonly projector: MetadataProjector | undefined;
  private readonly metadataNode:
    | RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>
    | undefined;
  private admin: AdminServer | undefined;
  private reconciler: ShardReconciler | undefined;
  private vectorService: ReturnType<typeof startVectorService> | undefined;
  // A programmer error in the engine stops the node; the real handler is set once it runs.
  private engineFatal: unknown;
  private onEngineFatal = (error: unknown) => {
    this.engineFatal ??= error;
  };

  /** Makes the node with the state machine the settings name (nothing starts yet). */
  constructor(
    private readonly settings: NodeSettings,
    private readonly logger: pino.Logger,
  ) {
    if (settings.stateMachine === "kv") {
      this.node = createTcpRaftNode(
        settings.node,
        new KvStateMachine(),
        kvCodec,
        logger,
      ) as RaftNode<unknown, unknown, unknown>;
      return;
    }
    const projector = new MetadataProjector();
    const metadataNode = createTcpRaftNode(
      settings.node,
      projector,
      metadataCodec,
      logger,
      settings.engine === "ruvector"
        ? { admit: engineAdmission, vectors: () => this.vectorService?.handler }
        : {},
    );
    this.projector = projector;
    this.metadataNode = metadataNode;
    this.controller = new MetadataController(metadataNode, projector, { logger });
    this.node = metadataNode as RaftNode<unknown, unknown, unknown>;
  }

  /**
   * Starts everything (startInOrder). Returns the exit code when the process ends here: 1 when
   * the start failed, 0 when SIGTERM or SIGINT came meanwhile (a founder waits in start()
   * until it has met every founder, src/node/founding.ts: a signal then stops it cleanly).
   * Undefined once all runs.
   */
  async start(rebuild: RebuildPlan | undefined): Promise<number | undefined> {
    let signalledDuringStart: string | undefined;
    const stopDuringStart = (signal: string) => {
      signalledDuringStart = signal;
      void this.node.stop();
    };
    process.once("SIGTERM", stopDuringStart);
    process.once("SIGINT", stopDuringStart);
    try {
      await this.startInOrder(rebuild);
    } catch (error) {
      await this.closeServices();
      if (signalledDuringStart !== undefined && error instanceof StoppedError) {
        this.logger.info({ reason: signalledDuringStart }, "stopped before the node had started");
        return 0;
      }
      const code = (error as { code?: string }).code;
      this.logger.fatal(
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
      this.controller?.stop();
      await this.closeServices();
      await this.node.stop();
      return 0;
    }
    return undefined;
  }

  /**
   * The admin server first, so that metrics count the node's first election; then the node,
   * the controller, the engine, and the end of a rebuild.
   */
  private async startInOrder(rebuild: RebuildPlan | undefined): Promise<void> {
    const { settings, logger } = this;
    if (settings.adminPort !== undefined) {
      this.admin = await startAdminServer(this.node, {
        host: settings.adminListen,
        port: settings.adminPort,
        logger,
      });
      if (this.projector !== undefined) {
        registerMetadataMetrics(this.admin.metrics.registry, this.projector);
      }
    }
    await this.node.start();
    this.controller?.start();
    if (
      settings.engine === "ruvector" &&
      this.metadataNode !== undefined &&
      this.projector !== undefined
    ) {
      await this.startEngine(this.metadataNode, this.projector);
    }
    if (rebuild !== undefined) {
      const plan = rebuild;
      finishRebuild(this.node, plan, logger).catch((error: unknown) => {
        logger.error(
          { error: (error as Error).message },
          "rebuild: could not finish; promote the node with ruvraft ctl promote",
        );
      });
    }
  }

  /** After start(): the data directory's lock is held before the engine touches <data>/engine. */
  private async startEngine(
    metadataNode: RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>,
    projector: MetadataProjector,
  ): Promise<void> {
    const { settings, logger } = this;
    const engine = createRuvectorEngine(settings.node.dataDirectory);
    this.reconciler = await attachEngine(metadataNode, projector, engine, {
      clock: systemClock,
      logger,
      onFatal: (error) => this.onEngineFatal(error),
    });
    if (this.admin !== undefined) {
      registerEngineMetrics(this.admin.metrics.registry, engine, this.reconciler);
    }
    this.vectorService = startVectorService(metadataNode, projector, engine, {
      clock: systemClock,
      logger,
      description: settings.description,
      onFatal: (error) => this.onEngineFatal(error),
    });
  }

  /** Stops what runs around the node, one after the other (a start that did not finish). */
  private async closeServices(): Promise<void> {
    await this.vectorService?.close();
    await this.reconciler?.stop();
    await this.admin?.close();
  }

  /**
   * Once start() returned undefined: runs until SIGTERM or SIGINT (exit 0), the parent's exit
   * with --exit-with-parent (0), a failure of the node (exitCodeAfterFailure) or a broken
   * invariant in the engine (EXIT_INVARIANT_FAILED); resolves with the exit code once stopped.
   */
  runUntilStopped(): Promise<number> {
    const { node, admin, logger } = this;
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
        this.controller?.stop();
        const closing = Promise.all([
          this.vectorService?.close(),
          this.reconciler?.stop(),
          this.admin?.close(),
        ]);
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
      this.stopOn(stop);
    });
  }

  /** Calls `stop` with the exit code and the reason of whatever ends the run first. */
  private stopOn(stop: (code: number, reason: string) => void): void {
    const { node, logger } = this;
    if (this.settings.exitWithParent) {
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
    this.onEngineFatal = (error) => {
      logger.fatal(
        { error: (error as Error).message, stack: (error as Error).stack },
        "a broken invariant in the engine stopped the node",
      );
      stop(EXIT_INVARIANT_FAILED, `engine: ${(error as Error).message}`);
    };
    if (this.engineFatal !== undefined) this.onEngineFatal(this.engineFatal);
  }
}

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
