export { memberIds, type ProgressLimits, switchConfig } from "./apply.js";
export { changeConfig, configFromConfState, enterJoint, leaveJoint, simple } from "./changer.js";
export {
  CONF_CHANGE_FORMAT_VERSION,
  decodeConfChange,
  encodeConfChange,
  MAX_CHANGES,
} from "./codec.js";
export {
  type ConfChange,
  type ConfChangeSingle,
  ConfChanges,
  ConfChangeTransition,
  ConfChangeType,
  isLeaveJoint,
  needsJoint,
} from "./types.js";
