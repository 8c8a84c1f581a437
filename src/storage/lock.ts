/**
 * One process per data directory, through proper-lockfile (a `LOCK` directory whose mtime the
 * holder refreshes). The holder also writes `LOCK.owner` (pid, host, start time) so that a
 * second process can say who holds the directory, and so that a lock left behind by a process
 * that died on this host (SIGKILL, power loss of the process) is taken over at once instead of
 * after the staleness timeout.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";
import { DataDirectoryError, DataDirectoryLockedError } from "./errors.js";

/** A lock not refreshed for this long is stale (holder on another host, or hung). */
export const LOCK_STALE_MS = 30_000;
export const LOCK_UPDATE_MS = 5_000;

export interface DirectoryLock {
  release(): Promise<void>;
}

interface Owner {
  pid: number;
  host: string;
  since: string;
}

function readOwner(ownerPath: string): Owner | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(ownerPath, "utf8")) as Partial<Owner>;
    if (typeof parsed.pid === "number" && typeof parsed.host === "string") {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? "?") };
    }
  } catch {
    // Missing or half-written owner file: the holder is unknown.
  }
  return undefined;
}

function describeOwner(owner: Owner | undefined): string {
  if (owner === undefined) {
    return "an unknown process (no readable LOCK.owner)";
  }
  return `pid ${owner.pid} on host ${owner.host} (since ${owner.since})`;
}

function isDeadLocalProcess(owner: Owner | undefined): boolean {
  if (owner === undefined || owner.host !== os.hostname() || owner.pid === process.pid) {
    return false;
  }
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Locks `directory` (which must exist). `settings.onCompromised` is called if the lock is lost later
 * (its refresh failed or another process took it): the caller must stop writing.
 */
export async function lockDirectory(
  directory: string,
  settings: { updateMs: number; staleMs: number; onCompromised: (error: Error) => void },
): Promise<DirectoryLock> {
  const lockPath = path.join(directory, "LOCK");
  const ownerPath = path.join(directory, "LOCK.owner");
  const options = {
    lockfilePath: lockPath,
    stale: settings.staleMs,
    update: settings.updateMs,
    realpath: false,
    retries: 0,
    onCompromised: settings.onCompromised,
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(directory, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") {
      throw new DataDirectoryError(directory, `cannot lock: ${(error as Error).message}`, error);
    }
    const owner = readOwner(ownerPath);
    if (!isDeadLocalProcess(owner)) {
      throw new DataDirectoryLockedError(directory, describeOwner(owner));
    }
    // The holder died on this host without releasing: take the lock over (once).
    fs.rmSync(lockPath, { recursive: true, force: true });
    try {
      release = await lockfile.lock(directory, options);
    } catch {
      throw new DataDirectoryLockedError(directory, describeOwner(readOwner(ownerPath)));
    }
  }
  const owner: Owner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  fs.writeFileSync(ownerPath, JSON.stringify(owner));
  return {
    release: async () => {
      fs.rmSync(ownerPath, { force: true });
      try {
        await release();
      } catch (error) {
        // After a compromise proper-lockfile has already let go; nothing is left to release.
        if (!/already released/.test((error as Error).message)) {
          throw error;
        }
      }
    },
  };
}
