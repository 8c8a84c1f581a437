import { simulationShard } from "./shards.js";

simulationShard(3);
