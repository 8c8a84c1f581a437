/**
 * The admin HTTP server of one node (optional: started only when an admin port is set).
 *
 * | Route         | Answer |
 * |---------------|--------|
 * | GET /metrics  | 200, Prometheus text format 0.0.4 (NodeMetrics: see metrics.ts for every metric) |
 * | GET /health   | 200 `{"ok":true,...}` when the node is started, not failed, and knows a leader; 503 `{"ok":false,"reason":...}` otherwise |
 * | GET /status   | 200, JSON: `node.status()` plus `members` (`node.members()`); 503 when the status cannot be read |
 * | other paths   | 404 |
 * | other methods | 405 with `Allow: GET` (on the three paths above) |
 *
 * Query strings are ignored. A request never reaches the node's loop except through the
 * synchronous, read-only `status()` and `members()`; any error answers 500 and is logged,
 * never thrown into the process. Start the server BEFORE `node.start()` so the event
 * counters see the first election (until then /health answers 503 "not started").
 *
 * Limits (AdminServerOptions): connections, request time, header time, keep-alive time.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { NodeMetrics, type ObservedNode } from "./metrics.js";

export interface AdminServerOptions {
  /** Interface to listen on, e.g. "127.0.0.1". */
  host: string;
  /** Port; 0 = OS-assigned (read it back with `address()`). */
  port: number;
  logger?: Logger;
  /** Include the process-wide default metrics in /metrics (default true). */
  processMetrics?: boolean;
  /** Most simultaneous connections; more are refused by the OS backlog / closed. */
  connectionsMax?: number;
  /** Longest time for a whole request, in milliseconds. */
  requestTimeoutMs?: number;
  /** Longest time to receive the request headers, in milliseconds. */
  headersTimeoutMs?: number;
  /** Idle time before a kept-alive connection is closed, in milliseconds. */
  keepAliveTimeoutMs?: number;
}

export interface AdminServer {
  /** The bound address (the OS-assigned port when `port` was 0). */
  address(): { host: string; port: number };
  /** This node's metrics (the same registry /metrics serves). */
  readonly metrics: NodeMetrics;
  /** Stops listening, closes open connections, detaches from the node's events. Idempotent. */
  close(): Promise<void>;
}

/** Defaults of the limits, in one place. */
export function defaultAdminLimits() {
  return {
    connectionsMax: 64,
    requestTimeoutMs: 10_000,
    headersTimeoutMs: 5_000,
    keepAliveTimeoutMs: 5_000,
  };
}

const ROUTES = new Set(["/metrics", "/health", "/status"]);

interface Reply {
  statusCode: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

/** Starts the admin server; rejects if it cannot listen (address in use, bad host). */
export async function startAdminServer(
  node: ObservedNode,
  options: AdminServerOptions,
): Promise<AdminServer> {
  const limits = { ...defaultAdminLimits(), ...definedOnly(options) };
  const logger = options.logger;
  const metrics = new NodeMetrics(
    node,
    options.processMetrics === undefined ? {} : { processMetrics: options.processMetrics },
  );
  const server = http.createServer({
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
  });
  server.maxConnections = limits.connectionsMax;
  server.on("request", (request, response) => {
    handle(node, metrics, request)
      .catch((error: unknown) => {
        logger?.error(
          { error: (error as Error).message, url: request.url },
          "admin request failed",
        );
        return json(500, { ok: false, reason: "internal error" });
      })
      .then((reply) => send(response, reply))
      .catch((error: unknown) => {
        // Writing failed (the client went away): nothing left to answer.
        logger?.debug({ error: (error as Error).message }, "admin response not sent");
        response.destroy();
      });
  });
  server.on("clientError", (error, socket) => {
    logger?.debug({ error: error.message }, "bad admin request");
    if (socket.writable) {
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    } else {
      socket.destroy();
    }
  });
  try {
    await listen(server, options.host, options.port);
  } catch (error) {
    metrics.close();
    throw error;
  }
  server.on("error", (error) => logger?.error({ error: error.message }, "admin server error"));
  const bound = server.address() as AddressInfo;
  logger?.info({ host: bound.address, port: bound.port }, "admin server listening");
  let closing: Promise<void> | undefined;
  return {
    address: () => ({ host: bound.address, port: bound.port }),
    metrics,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        metrics.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

async function handle(
  node: ObservedNode,
  metrics: NodeMetrics,
  request: http.IncomingMessage,
): Promise<Reply> {
  const pathname = (request.url ?? "").split("?", 1)[0] ?? "";
  if (!ROUTES.has(pathname)) {
    return json(404, { ok: false, reason: `no route ${pathname}` });
  }
  if (request.method !== "GET") {
    return { ...json(405, { ok: false, reason: "only GET" }), headers: { Allow: "GET" } };
  }
  if (pathname === "/metrics") {
    return { statusCode: 200, contentType: metrics.contentType, body: await metrics.text() };
  }
  if (pathname === "/health") {
    return health(node);
  }
  return status(node);
}

function health(node: ObservedNode): Reply {
  const read = readStatus(node);
  if (!read.ok) {
    return json(503, { ok: false, reason: read.reason });
  }
  const { status } = read;
  const summary = {
    nodeId: status.nodeId,
    role: status.role,
    term: status.term,
    leaderId: status.leaderId,
    commitIndex: status.commitIndex,
    appliedIndex: status.appliedIndex,
  };
  if (status.leaderId === 0) {
    return json(503, { ok: false, reason: "no leader known", ...summary });
  }
  return json(200, { ok: true, ...summary });
}

function status(node: ObservedNode): Reply {
  const read = readStatus(node);
  if (!read.ok) {
    return json(503, { ok: false, reason: read.reason });
  }
  return json(200, { ...read.status, members: node.members() });
}

function readStatus(
  node: ObservedNode,
): { ok: true; status: ReturnType<ObservedNode["status"]> } | { ok: false; reason: string } {
  try {
    return { ok: true, status: node.status() };
  } catch (error) {
    // StoppedError before start(); the node's fatal error after a failed write.
    return { ok: false, reason: `node not running: ${(error as Error).message}` };
  }
}

function json(statusCode: number, value: unknown): Reply {
  return {
    statusCode,
    contentType: "application/json; charset=utf-8",
    body: `${JSON.stringify(value)}\n`,
  };
}

function send(response: http.ServerResponse, reply: Reply): void {
  response.writeHead(reply.statusCode, {
    "Content-Type": reply.contentType,
    "Content-Length": Buffer.byteLength(reply.body),
    "Cache-Control": "no-store",
    ...reply.headers,
  });
  response.end(reply.body);
}

/** Drops undefined option values so they do not override the defaults. */
function definedOnly(options: AdminServerOptions): Partial<ReturnType<typeof defaultAdminLimits>> {
  const limits: Partial<ReturnType<typeof defaultAdminLimits>> = {};
  if (options.connectionsMax !== undefined) limits.connectionsMax = options.connectionsMax;
  if (options.requestTimeoutMs !== undefined) limits.requestTimeoutMs = options.requestTimeoutMs;
  if (options.headersTimeoutMs !== undefined) limits.headersTimeoutMs = options.headersTimeoutMs;
  if (options.keepAliveTimeoutMs !== undefined) {
    limits.keepAliveTimeoutMs = options.keepAliveTimeoutMs;
  }
  return limits;
}
