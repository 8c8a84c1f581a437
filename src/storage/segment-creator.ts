/**
 * Where new segments come from. With preallocation on (the default), every new segment is the
 * spare, zero-filled to the segment size ahead of time, so that appends overwrite zeros with
 * positional writes and each fdatasync has no file size to commit (preallocation.ts says why);
 * as soon as one spare is taken, the next is prepared in the background. A rollover that comes
 * before the spare is ready waits for it: that happens when the log fills a segment faster
 * than the disk zero-fills one (and at the open of a new log), and bounds the wait by one
 * zero-fill. While the log writes at bandwidth the zero-fill pauses instead, and a rollover
 * takes the spare as far as it got: the segment grows past its zeros. Without preallocation,
 * or without room for it on the disk, a segment is created holding its header only and grows
 * with its appends (the growing mode).
 */
import type { FileSystem } from "./fs.js";
import {
  createGrowingSegment,
  installSpare,
  type NewSegment,
  type Segment,
} from "./segment-file.js";
import { SpareSegment } from "./spare-segment.js";

export interface SegmentCreatorOptions {
  preallocate: boolean;
  /** Size of a preallocated segment file (the log's segmentSizeBytes). */
  segmentSizeBytes: number;
  /** A spare prepared in the background failed with a disk error: the log must stop. */
  onFailure: (error: Error) => void;
}

/** Counts of segment creations, kept in the log's stats. */
export interface SegmentCreationStats {
  segmentsCreated: number;
  /** Segments created from a zero-filled spare (the rest grow with their appends). */
  segmentsPreallocated: number;
  /** Creations that found their spare's zero-fill not finished (waited for it, or cut it). */
  spareWaits: number;
  /**
   * Creations that cut their spare's zero-fill short, the log writing at bandwidth: the
   * segment grows past the zeros written (none, if the fill had not started a chunk).
   */
  sparesCut: number;
  /** Bytes of zeros written and fsync'd by spare preparations. */
  zeroFillBytes: number;
}

export class SegmentCreator {
  private readonly spare: SpareSegment | undefined;

  constructor(
    private readonly fileSystem: FileSystem,
    private readonly directory: string,
    options: SegmentCreatorOptions,
    private readonly stats: SegmentCreationStats,
  ) {
    this.spare = options.preallocate
      ? new SpareSegment(fileSystem, directory, {
          fileBytes: options.segmentSizeBytes,
          onFailure: options.onFailure,
          onZerosWritten: (bytes) => {
            stats.zeroFillBytes += bytes;
          },
        })
      : undefined;
  }

  /** Creates the segment `options` describes, durably, then starts preparing the next spare. */
  async create(options: NewSegment): Promise<Segment> {
    const taken = await this.spare?.take();
    let segment: Segment;
    if (taken?.handle === undefined) {
      segment = await createGrowingSegment(this.fileSystem, this.directory, options);
    } else {
      segment = await installSpare(this.fileSystem, this.directory, taken.handle, options);
      this.stats.segmentsPreallocated++;
    }
    this.stats.segmentsCreated++;
    if (taken?.waited === true) {
      this.stats.spareWaits++;
    }
    if (taken?.cut === true) {
      this.stats.sparesCut++;
    }
    this.spare?.prepare();
    return segment;
  }

  /** The log wrote one group commit of `bytes`: paces the spare's zero-fill. */
  noteGroupCommit(bytes: number): void {
    this.spare?.noteGroupCommit(bytes);
  }

  /** Starts preparing the spare for the next rollover (after an open). */
  prepareSpare(): void {
    this.spare?.prepare();
  }

  /** Resolves once no spare is being zero-filled (done, or paused). */
  async spareSettled(): Promise<void> {
    await this.spare?.settled();
  }

  /** Bytes of the spare file on disk (0 when none is ready). */
  spareFileBytes(): number {
    return this.spare?.readyFileBytes() ?? 0;
  }

  /** Stops preparing and deletes the spare. */
  async close(): Promise<void> {
    await this.spare?.close();
  }
}
