/**
 * Numbers as V8 holds small integers. A number made by floating-point arithmetic is a heap
 * number even when its value is a small integer: protobufjs decodes a uint64 field as
 * `lo + hi * 2^32`, and `high * 2^32 + low` does the same for our own u64 fields. Stored in an
 * object, such a number widens that field of the object's shape from small integer to double,
 * for every object of that shape made since and before: V8 then migrates the older objects, and
 * the objects its optimized code and literal boilerplates go on making, one at a time. Shapes
 * are shared by every object literal with the same properties in the same order, so one
 * decoded snapshot metadata `{ index, term, ... }` widened `index` in the log's `Entry` objects
 * too: a node paid about one map migration per applied entry after its first snapshot (V8's
 * --trace-migration, bench:cluster at 64 clients: 44,000-55,000 per node in 5 s with a
 * snapshot every 20,000 entries; none with this). Numbers decoded at the codec and file
 * boundaries go through smallInteger.
 */

/**
 * `value` as a small integer when it is a 32-bit integer; any other number (2^31 and above, a
 * fraction, NaN) as it is. The value never changes (only -0 comes back as 0).
 */
export function smallInteger(value: number): number {
  const small = value | 0;
  return small === value ? small : value;
}
