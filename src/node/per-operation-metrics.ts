/**
 * Prometheus metrics for what happens once per operation (every proposal made on the leader):
 * ruvraft_proposals_total (PerOperationCounter) and ruvraft_proposal_duration_seconds
 * (PerOperationHistogram, one label whose values are known up front). Counting is an addition,
 * observing a bucket search and three additions on typed arrays; prom-client's Counter.inc and
 * Histogram.observe validate and hash a labels object on every call (about 230 ns for an
 * observe, and an object per proposal in the client path).
 *
 * Both register themselves in a prom-client Registry and read exactly as prom-client's Counter
 * and Histogram would for the same calls, as text and as JSON, default labels and resets
 * included (test/node/per-operation-metrics.test.ts compares them): a histogram prints, per
 * label value in the order first observed, the cumulative `_bucket` lines with `le`, then
 * `le="+Inf"`, `_sum` and `_count`; a label value appears once observed.
 */
import type { Metric, Registry } from "prom-client";
import { assertionFailed } from "../util/assert.js";

/**
 * One line of the text a Registry prints, as prom-client's Histogram hands it over for the
 * text (its own labels apart from the one `le`) and, merged, for JSON.
 */
interface Sample {
  labels: Record<string, string | number>;
  sharedLabels?: Record<string, string>;
  value: number;
  metricName: string;
  exemplar?: null;
}

interface MetricValues {
  name: string;
  help: string;
  type: string;
  values: Sample[];
  aggregator: string;
}

/** A counter without labels. */
export class PerOperationCounter {
  /** The Registry renames counters for OpenMetrics output (it strips `_total`). */
  name: string;
  readonly type = "counter";
  readonly aggregator = "sum";
  private count = 0;

  constructor(
    registry: Registry,
    name: string,
    readonly help: string,
  ) {
    this.name = name;
    registry.registerMetric(this as unknown as Metric);
  }

  inc(): void {
    this.count++;
  }

  /** What the Registry prints (prom-client's metric interface). */
  async get(): Promise<MetricValues> {
    const { help, name, type, aggregator } = this;
    return {
      help,
      name,
      type,
      values: [{ value: this.count, labels: {} }],
      aggregator,
    } as MetricValues;
  }

  /** Registry.resetMetrics. */
  reset(): void {
    this.count = 0;
  }
}

export class PerOperationHistogram<Label extends string> {
  readonly type = "histogram";
  /** How prom-client's cluster aggregation combines workers' values (as for its Histogram). */
  readonly aggregator = "sum";
  /** Per label value, per bucket (the last: above every bound), observations in it. */
  private readonly counts: Float64Array;
  private readonly sums: Float64Array;
  private readonly totals: Float64Array;
  /** Label values (their positions) in the order first observed. */
  private readonly observed: number[] = [];

  constructor(
    registry: Registry,
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
    private readonly labelName: string,
    private readonly labelValues: readonly Label[],
  ) {
    for (let position = 1; position < upperBounds.length; position++) {
      if (!((upperBounds[position] as number) > (upperBounds[position - 1] as number)))
        assertionFailed(`${name}: bucket bounds increase`);
    }
    this.counts = new Float64Array(labelValues.length * (upperBounds.length + 1));
    this.sums = new Float64Array(labelValues.length);
    this.totals = new Float64Array(labelValues.length);
    registry.registerMetric(this as unknown as Metric);
  }

  observe(labelValue: Label, value: number): void {
    const label = this.labelValues.indexOf(labelValue);
    if (!(label >= 0))
      assertionFailed(`${this.name}: ${this.labelName} "${labelValue}" is not declared`);
    if (!Number.isFinite(value)) assertionFailed(`${this.name}: observed ${value}`);
    if (this.totals[label] === 0) this.observed.push(label);
    let bucket = 0;
    // Bounded by the number of buckets (16 for proposals).
    while (bucket < this.upperBounds.length && value > (this.upperBounds[bucket] as number)) {
      bucket++;
    }
    const slot = label * (this.upperBounds.length + 1) + bucket;
    this.counts[slot] = (this.counts[slot] as number) + 1;
    this.sums[label] = (this.sums[label] as number) + value;
    this.totals[label] = (this.totals[label] as number) + 1;
  }

  /** What the Registry prints as text: each line's own labels apart (prom-client's order). */
  async getForPromString(): Promise<MetricValues> {
    const values: Sample[] = [];
    const rowLength = this.upperBounds.length + 1;
    const bucketName = `${this.name}_bucket`;
    for (const label of this.observed) {
      const sharedLabels = { [this.labelName]: this.labelValues[label] as string };
      let cumulative = 0;
      this.upperBounds.forEach((bound, bucket) => {
        cumulative += this.counts[label * rowLength + bucket] as number;
        values.push(sample({ le: bound }, sharedLabels, cumulative, bucketName, null));
      });
      const total = this.totals[label] as number;
      values.push(
        sample({ le: "+Inf" }, sharedLabels, total, bucketName, null),
        sample({}, sharedLabels, this.sums[label] as number, `${this.name}_sum`, undefined),
        sample({}, sharedLabels, total, `${this.name}_count`, undefined),
      );
    }
    const { name, help, type, aggregator } = this;
    return { name, help, type, values, aggregator };
  }

  /** What the Registry gives as JSON: each line's labels merged, `le` first. */
  async get(): Promise<MetricValues> {
    const data = await this.getForPromString();
    data.values = data.values.map(({ labels, sharedLabels, ...rest }) => ({
      ...rest,
      labels: { ...labels, ...sharedLabels },
    }));
    return data;
  }

  /** Forgets every observation (Registry.resetMetrics). */
  reset(): void {
    this.counts.fill(0);
    this.sums.fill(0);
    this.totals.fill(0);
    this.observed.length = 0;
  }
}

/** A line as prom-client's Histogram builds it (the key order shows in JSON). */
function sample(
  labels: Record<string, string | number>,
  sharedLabels: Record<string, string>,
  value: number,
  metricName: string,
  exemplar: null | undefined,
): Sample {
  return { labels, sharedLabels, value, metricName, exemplar } as Sample;
}
