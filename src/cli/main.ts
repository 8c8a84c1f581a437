#!/usr/bin/env node
/**
 * The `ruvraft` command (`ruvraft --help`, `ruvraft <command> --help`):
 *
 *   ruvraft node --config FILE | --node-id N --peers 1=h:p,... --data DIR   run one node
 *   ruvraft cluster [--nodes 3] [--data data/cluster] [--base-port 7400]    what `npm start` runs
 *   ruvraft ctl [--endpoints h:p,...] status|members|put|get|add-node|...   operate a cluster
 *   ruvraft log append|info --data DIR                                      the segment log alone
 *   ruvraft replay DATA_DIR [--at INDEX] [-o json]                          the metadata view, offline
 *   ruvraft demo [--data DIR]                                               write and verify a log
 *
 * Each command declares its flags beside what it runs (`add...Command` in its file).
 */
import { Command } from "commander";
import { ClientTimeoutError } from "../client/raft-client.js";
import { InvalidArgumentError, RuvraftError } from "../util/errors.js";
import { addClusterCommand } from "./cluster-command.js";
import { addCtlCommand } from "./ctl-command.js";
import { addDemoCommand, addLogCommands } from "./log-commands.js";
import { addNodeCommand } from "./node-command.js";
import { EXIT_REJECTED, EXIT_UNAVAILABLE, EXIT_USAGE } from "./output.js";
import { addReplayCommand } from "./replay-command.js";

function buildProgram(): Command {
  const program = new Command("ruvraft")
    .description("ruvector-raft: Raft consensus for Ruvector cluster metadata")
    .showHelpAfterError();
  addLogCommands(program);
  addDemoCommand(program);
  addNodeCommand(program);
  addClusterCommand(program);
  addCtlCommand(program);
  addReplayCommand(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof RuvraftError) {
      process.stderr.write(`ruvraft: ${error.message}\n`);
      process.exit(
        process.argv[2] === "ctl" || process.argv[2] === "replay" ? ctlExitCode(error) : 1,
      );
    }
    throw error;
  }
}

/** ctl's exit code for a typed error (the codes are in output.ts and `ctl --help`). */
function ctlExitCode(error: RuvraftError): number {
  if (error instanceof InvalidArgumentError) return EXIT_USAGE;
  if (error instanceof ClientTimeoutError) return EXIT_UNAVAILABLE;
  return EXIT_REJECTED;
}

await main();
