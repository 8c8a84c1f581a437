export {
  type AckedIndexer,
  type JointConfig,
  jointCommittedIndex,
  jointVoteResult,
  jointVoterIds,
  type MajorityConfig,
  majorityCommittedIndex,
  majorityVoteResult,
  VoteResult,
} from "./quorum.js";
