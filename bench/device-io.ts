/**
 * Bytes written to the block device that holds a directory, from
 * /sys/dev/block/<major>:<minor>/stat (in 512-byte sectors whatever the device's sector size):
 * what reached the device, the file system's journal and metadata included, from EVERY
 * process on the machine (a benchmark reading it wants a quiet machine).
 */
import fs from "node:fs";

/** Bytes per sector in the block layer's counters. */
const SECTOR_BYTES = 512;
/** Position of "sectors written" among the fields of a block device's stat file. */
const WRITE_SECTORS_FIELD = 6;

/**
 * The stat file of the block device holding `directory`, or undefined where there is none
 * (not Linux, or a file system without a block device: tmpfs, overlays).
 */
export function blockDeviceStatFile(directory: string): string | undefined {
  let dev: bigint;
  try {
    dev = fs.statSync(directory, { bigint: true }).dev;
  } catch {
    return undefined;
  }
  // The Linux encoding of dev_t (glibc's gnu_dev_major / gnu_dev_minor).
  const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
  const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
  const file = `/sys/dev/block/${major}:${minor}/stat`;
  return deviceWrittenBytes(file) === undefined ? undefined : file;
}

/** Bytes written to the device of `statFile` since it came up, or undefined if unreadable. */
export function deviceWrittenBytes(statFile: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(statFile, "utf8");
  } catch {
    return undefined;
  }
  const sectors = Number(text.trim().split(/\s+/)[WRITE_SECTORS_FIELD]);
  return Number.isSafeInteger(sectors) ? sectors * SECTOR_BYTES : undefined;
}
