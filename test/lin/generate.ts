// Histories that are linearizable by construction: every operation gets a linearization
// point inside its [call, return] interval, and outputs come from running the operations
// against a real sequential key-value store in the order of those points.
import fc from "fast-check";
import {
  type KvInput,
  type KvOperation,
  type KvOutput,
  type KvState,
  kvModel,
  unknownOutput,
} from "../../src/testing/lin/index.js";

export const VALUES: readonly (string | null)[] = [null, "a", "b", "c"];
export const NEVER_WRITTEN = "never-written";

/** Whether the client learned the outcome, and if not, whether the operation took effect. */
export type PlannedOutcome = "known" | "unknown-applied" | "unknown-lost";

export interface OperationPlan {
  readonly client: number;
  readonly input: KvInput;
  readonly call: number;
  /** Inside [call, return) for a known outcome; anywhere after call otherwise. */
  readonly point: number;
  readonly return: number;
  readonly outcome: PlannedOutcome;
}

interface StepSpec {
  readonly kind: "put" | "get" | "cas";
  readonly keyIndex: number;
  readonly valueIndex: number;
  readonly expectedIndex: number;
  readonly gapTicks: number;
  readonly toPointTicks: number;
  readonly afterPointTicks: number;
  readonly outcome: PlannedOutcome;
}

function stepSpecArbitrary(keyCount: number): fc.Arbitrary<StepSpec> {
  return fc.record({
    kind: fc.constantFrom("put", "get", "cas"),
    keyIndex: fc.nat({ max: keyCount - 1 }),
    valueIndex: fc.nat({ max: VALUES.length - 1 }),
    expectedIndex: fc.nat({ max: VALUES.length - 1 }),
    gapTicks: fc.nat({ max: 6 }),
    toPointTicks: fc.nat({ max: 8 }),
    afterPointTicks: fc.nat({ max: 8 }),
    outcome: fc.oneof(
      { arbitrary: fc.constant<PlannedOutcome>("known"), weight: 8 },
      { arbitrary: fc.constant<PlannedOutcome>("unknown-applied"), weight: 1 },
      { arbitrary: fc.constant<PlannedOutcome>("unknown-lost"), weight: 1 },
    ),
  });
}

/** Plans for up to `clientCount` sequential clients of up to `stepsMaxPerClient` operations. */
export function plansArbitrary(options: {
  clientCount: number;
  stepsMaxPerClient: number;
  keyCount: number;
}): fc.Arbitrary<OperationPlan[]> {
  const client = fc.array(stepSpecArbitrary(options.keyCount), {
    maxLength: options.stepsMaxPerClient,
  });
  return fc
    .array(client, { minLength: 1, maxLength: options.clientCount })
    .map((clients) => clients.flatMap((specs, clientIndex) => planClient(clientIndex, specs)));
}

function planClient(client: number, specs: readonly StepSpec[]): OperationPlan[] {
  let cursor = 0;
  return specs.map((spec) => {
    const call = cursor + spec.gapTicks;
    const returnTime = call + spec.toPointTicks + spec.afterPointTicks + 1;
    // An operation whose outcome is unknown may take effect long after the client gave up.
    const stretch = spec.outcome === "unknown-applied" ? 3 : 1;
    const point = call + spec.toPointTicks * stretch;
    cursor = returnTime;
    const input = inputOf(spec);
    return { client, input, call, point, return: returnTime, outcome: spec.outcome };
  });
}

function inputOf(spec: StepSpec): KvInput {
  const key = `k${spec.keyIndex}`;
  const value = VALUES[spec.valueIndex]!;
  if (spec.kind === "get") return { kind: "get", key };
  if (spec.kind === "put") return { kind: "put", key, value };
  return { kind: "cas", key, expected: VALUES[spec.expectedIndex]!, value };
}

/**
 * Runs the plans against a sequential store in order of their points (ties by plan order)
 * and returns the history in plan order.
 */
export function executePlans(plans: readonly OperationPlan[]): KvOperation[] {
  const order = plans.map((_plan, index) => index);
  order.sort((left, right) => plans[left]!.point - plans[right]!.point || left - right);
  const outputs = new Map<number, KvOutput>();
  let state: KvState = kvModel.init();
  for (const index of order) {
    const plan = plans[index]!;
    if (plan.outcome === "unknown-lost") continue;
    const { output, newState } = applySequentially(state, plan.input);
    outputs.set(index, output);
    state = newState;
  }
  return plans.map((plan, index) => {
    const base = { client: plan.client, input: plan.input, call: plan.call };
    if (plan.outcome !== "known") {
      return { ...base, output: unknownOutput, return: Number.POSITIVE_INFINITY };
    }
    return { ...base, output: outputs.get(index)!, return: plan.return };
  });
}

/** A plain store, written independently of kvModel.step. */
function applySequentially(
  state: KvState,
  input: KvInput,
): { output: KvOutput; newState: KvState } {
  const current = state.get(input.key) ?? null;
  const write = (value: string | null): KvState => {
    const next = new Map(state);
    if (value === null) next.delete(input.key);
    else next.set(input.key, value);
    return next;
  };
  switch (input.kind) {
    case "get":
      return { output: { kind: "get", value: current }, newState: state };
    case "put":
      return { output: { kind: "put" }, newState: write(input.value) };
    case "cas":
      if (current !== input.expected) {
        return { output: { kind: "cas", swapped: false }, newState: state };
      }
      return { output: { kind: "cas", swapped: true }, newState: write(input.value) };
  }
}

/** A small deterministic PRNG (mulberry32) for the large fixed-seed histories. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plans for a long history: unique written values, so reads identify their write. */
export function largePlans(options: {
  seed: number;
  operationCount: number;
  clientCount: number;
  keyCount: number;
  /** Fraction of operations whose outcome is unknown; half of those take effect. */
  unknownFraction: number;
}): OperationPlan[] {
  const random = seededRandom(options.seed);
  const pick = (count: number) => Math.floor(random() * count);
  const cursors = new Array<number>(options.clientCount).fill(0);
  const plans: OperationPlan[] = [];
  for (let index = 0; index < options.operationCount; index++) {
    const client = pick(options.clientCount);
    const key = `k${pick(options.keyCount)}`;
    const call = cursors[client]! + pick(5);
    const point = call + pick(10);
    const returnTime = point + pick(10) + 1;
    cursors[client] = returnTime;
    const roll = random();
    const input: KvInput =
      roll < 0.4
        ? { kind: "get", key }
        : roll < 0.75
          ? { kind: "put", key, value: `v${index}` }
          : { kind: "cas", key, expected: `v${index - 1 - pick(20)}`, value: `v${index}` };
    const outcomeRoll = random() / options.unknownFraction;
    const outcome: PlannedOutcome =
      outcomeRoll >= 1 ? "known" : outcomeRoll < 0.5 ? "unknown-applied" : "unknown-lost";
    plans.push({ client, input, call, point, return: returnTime, outcome });
  }
  return plans;
}

/**
 * The definition, by brute force, for tiny histories: is there an order of a set of
 * operations holding every known-outcome operation, that respects real time
 * (A.return < B.call puts A first) and that the sequential store accepts? Recursion is fine
 * here: the depth is the history length, a handful.
 */
export function bruteForceLinearizable(history: readonly KvOperation[]): boolean {
  const remaining = new Set(history.map((_operation, index) => index));
  const search = (state: KvState): boolean => {
    const knownLeft = [...remaining].some((index) => history[index]!.output !== unknownOutput);
    if (!knownLeft) return true;
    for (const index of [...remaining]) {
      const operation = history[index]!;
      const blocked = [...remaining].some(
        (other) => other !== index && history[other]!.return < operation.call,
      );
      if (blocked) continue;
      const { output, newState } = applySequentially(state, operation.input);
      if (operation.output !== unknownOutput && !sameOutput(output, operation.output)) continue;
      remaining.delete(index);
      const found = search(newState);
      remaining.add(index);
      if (found) return true;
    }
    return false;
  };
  return search(kvModel.init());
}

function sameOutput(left: KvOutput, right: KvOutput): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
