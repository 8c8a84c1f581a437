/**
 * Switches protobufjs's Long support off so that u64 fields decode as JavaScript numbers.
 * This module must be imported before any generated module: the generated code captures
 * its field defaults (Long or number) when it is first evaluated.
 */
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined as never;
$protobuf.configure();

export const protobuf = $protobuf;
