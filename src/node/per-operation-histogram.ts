/**
 * A Prometheus histogram with one label whose values are known up front, for what is observed
 * once per operation (ruvraft_proposal_duration_seconds: every proposal made on the leader).
 * observe() is a bucket search and three additions on typed arrays. prom-client's
 * Histogram.observe validates and hashes its labels object on every call (about 230 ns, and an
 * object per proposal in the client path).
 *
 * It registers itself in a prom-client Registry and reads exactly as prom-client's Histogram
 * would for the same observations (test/node/per-operation-histogram.test.ts compares the
 * text): per label value, in the order first observed, the cumulative `_bucket` lines with
 * `le`, then `le="+Inf"`, `_sum` and `_count`; a label value appears once observed.
 */
import type { Metric, Registry } from "prom-client";
import { assertionFailed } from "../util/assert.js";

/** One line of the text a Registry prints. */
interface Sample {
  labels: Record<string, string | number>;
  value: number;
  metricName: string;
  /** On bucket lines, as prom-client's Histogram without exemplars gives them. */
  exemplar?: null;
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

  /** What the Registry prints (prom-client's metric interface). */
  async get(): Promise<{
    name: string;
    help: string;
    type: string;
    values: Sample[];
    aggregator: string;
  }> {
    const values: Sample[] = [];
    const rowLength = this.upperBounds.length + 1;
    for (const label of this.observed) {
      const labelValue = this.labelValues[label] as Label;
      let cumulative = 0;
      this.upperBounds.forEach((bound, bucket) => {
        cumulative += this.counts[label * rowLength + bucket] as number;
        values.push({
          labels: { le: bound, [this.labelName]: labelValue },
          value: cumulative,
          metricName: `${this.name}_bucket`,
          exemplar: null,
        });
      });
      const labels = { [this.labelName]: labelValue };
      const total = this.totals[label] as number;
      values.push(
        {
          labels: { le: "+Inf", ...labels },
          value: total,
          metricName: `${this.name}_bucket`,
          exemplar: null,
        },
        { labels, value: this.sums[label] as number, metricName: `${this.name}_sum` },
        { labels, value: total, metricName: `${this.name}_count` },
      );
    }
    const { name, help, type, aggregator } = this;
    return { name, help, type, values, aggregator };
  }

  /** Forgets every observation (Registry.resetMetrics). */
  reset(): void {
    this.counts.fill(0);
    this.sums.fill(0);
    this.totals.fill(0);
    this.observed.length = 0;
  }
}
