export { Inflights } from "./inflights.js";
export { Progress, ProgressState } from "./progress.js";
export {
  checkTrackerConfig,
  confStateOf,
  emptyTrackerConfig,
  isJoint,
  type ProgressMap,
  ProgressTracker,
  seatIncarnation,
  type TrackerConfig,
} from "./tracker.js";
