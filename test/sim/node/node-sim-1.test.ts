import { nodeSimulationShard } from "../shards.js";

nodeSimulationShard(1);
