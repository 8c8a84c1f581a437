/**
 * One process of the raw replicated write (bench/replication-floor.ts): the least a replicated
 * durable write can cost on this host, with no Raft, no codec and no log, only what any
 * implementation must do. Run as
 *
 *   node replication-floor-child.js follower FILE
 *   node replication-floor-child.js leader FILE FOLLOWER_ACKS_NEEDED PORT...
 *
 * Each process listens on an OS-assigned loopback port and prints `port <n>` on stdout. A
 * follower makes every request it receives durable (one 512-byte O_DSYNC write at the next
 * position of a pre-zeroed file, on the event loop, as a node's log writes by default) and
 * then answers it with one byte. The leader, on each request from its client, sends it to every
 * follower, makes it durable itself the same way, and answers the client once its own write and
 * FOLLOWER_ACKS_NEEDED followers' answers are in: a majority. Requests and answers are fixed-size,
 * so the byte stream needs no framing.
 */
import net from "node:net";
import path from "node:path";
import {
  completedRequests,
  FLOOR_FILE_BYTES,
  FLOOR_REQUEST_BYTES,
  FLOOR_WRITE_BYTES,
} from "./replication-floor.js";
import { PrezeroedFile } from "./wal-raw.js";

const ACK = new Uint8Array([1]);

/** A pre-zeroed file written round, FLOOR_WRITE_BYTES at a time, each write durable on return. */
function durableRing(file: string): PrezeroedFile {
  return PrezeroedFile.create(path.dirname(file), FLOOR_FILE_BYTES, {
    name: path.basename(file),
    writeBytes: FLOOR_WRITE_BYTES,
    durability: "o-dsync",
  });
}

/** Calls `onRequest(count)` for every `FLOOR_REQUEST_BYTES` received, however they are split. */
function onRequests(socket: net.Socket, onRequest: (count: number) => void): void {
  let partial = 0;
  socket.on("data", (chunk: Buffer) => {
    const total = partial + chunk.length;
    partial = total % FLOOR_REQUEST_BYTES;
    const count = (total - partial) / FLOOR_REQUEST_BYTES;
    if (count > 0) onRequest(count);
  });
}

function listen(server: net.Server): void {
  server.listen(0, "127.0.0.1", () => {
    const address = server.address() as net.AddressInfo;
    process.stdout.write(`port ${address.port}\n`);
  });
}

function runFollower(file: string): void {
  const ring = durableRing(file);
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    // Its one peer is the leader: without it there is nothing left to do.
    socket.on("error", () => undefined);
    socket.on("close", () => process.exit(0));
    onRequests(socket, (count) => {
      for (let i = 0; i < count; i++) ring.writeNext();
      socket.write(count === 1 ? ACK : new Uint8Array(count).fill(1));
    });
  });
  listen(server);
}

async function runLeader(file: string, followerAcksNeeded: number, ports: number[]): Promise<void> {
  const ring = durableRing(file);
  const followers = await Promise.all(
    ports.map(
      (port) =>
        new Promise<net.Socket>((resolve, reject) => {
          const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
          socket.once("error", reject);
        }),
    ),
  );
  const ackCounts = followers.map(() => 0);
  let ownWritten = 0;
  let answered = 0;
  let client: net.Socket | undefined;
  const answerCompleted = (): void => {
    const done = completedRequests(ownWritten, ackCounts, followerAcksNeeded);
    if (done > answered && client !== undefined) {
      client.write(done - answered === 1 ? ACK : new Uint8Array(done - answered).fill(1));
      answered = done;
    }
  };
  followers.forEach((socket, position) => {
    socket.setNoDelay(true);
    // A follower gone: the majority may be out of reach, so stop (the bench sees the close).
    socket.on("error", () => undefined);
    socket.on("close", () => process.exit(1));
    socket.on("data", (chunk: Buffer) => {
      ackCounts[position] = (ackCounts[position] as number) + chunk.length;
      answerCompleted();
    });
  });
  const request = new Uint8Array(FLOOR_REQUEST_BYTES).fill(0x61);
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    socket.on("error", () => undefined);
    client = socket;
    onRequests(socket, (count) => {
      for (let i = 0; i < count; i++) {
        // As a Raft leader: send to the followers first, then write its own copy.
        for (const follower of followers) follower.write(request);
        ring.writeNext();
        ownWritten++;
      }
      answerCompleted();
    });
  });
  listen(server);
}

function main(argv: string[]): void {
  const [role, file, acksNeeded, ...ports] = argv;
  if (role === "follower" && file !== undefined) {
    runFollower(file);
    return;
  }
  if (role === "leader" && file !== undefined && acksNeeded !== undefined) {
    runLeader(file, Number(acksNeeded), ports.map(Number)).catch((error: unknown) => {
      process.stderr.write(`replication-floor leader: ${(error as Error).message}\n`);
      process.exit(1);
    });
    return;
  }
  process.stderr.write(
    "usage: replication-floor-child.js follower FILE | leader FILE FOLLOWER_ACKS_NEEDED PORT...\n",
  );
  process.exit(2);
}

// The bench holds this process's stdin: when it goes, even killed, so does this process.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
main(process.argv.slice(2));
