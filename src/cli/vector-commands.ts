/**
 * `ruvraft ctl vectors`: the data plane of a cluster running the Ruvector engine (upsert,
 * search, get through any node; see docs/architecture.md, "The data path").
 *
 * Vectors are given as comma-separated numbers (`--vector 0.1,0.2,0.3`) or, for upsert, as a
 * JSON-lines file (`--file vectors.jsonl`, one `{"id": ..., "vector": [...], "payload": ...}`
 * per line, sent in batches of UPSERT_BATCH).
 */
import fs from "node:fs";
import type { Command } from "commander";
import { RuvectorClient, type VectorHit, type VectorInput } from "../client/ruvector-client.js";
import { InvalidArgumentError } from "../util/errors.js";
import { type CtlOptions, clientOptions } from "./ctl-client.js";
import { formatTable, type OutputFormat } from "./output.js";

const UPSERT_BATCH = 1000;

/** "0.1,0.2,..." as numbers; the flag is named in the error. */
export function parseVector(flag: string, text: string): number[] {
  const parts = text.split(",").map((part) => part.trim());
  const values = parts.map(Number);
  const bad = parts.findIndex(
    (part, position) => part === "" || !Number.isFinite(values[position]),
  );
  if (bad >= 0) {
    throw new InvalidArgumentError(
      `${flag}: value ${bad} ("${parts[bad]}") is not a number; give comma-separated numbers, e.g. 0.1,0.2,0.3`,
    );
  }
  return values;
}

/** The vectors of a JSON-lines file, each line checked (file and line in the error). */
export function readVectorFile(file: string): VectorInput[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const vectors: VectorInput[] = [];
  lines.forEach((line, position) => {
    if (line.trim() === "") return;
    const where = `${file} line ${position + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InvalidArgumentError(`${where}: not JSON`);
    }
    const record = value as { id?: unknown; vector?: unknown; payload?: unknown };
    if (typeof record.id !== "string" || !Array.isArray(record.vector)) {
      throw new InvalidArgumentError(
        `${where}: expected {"id": "...", "vector": [numbers], "payload": ...}`,
      );
    }
    if (!record.vector.every((x) => typeof x === "number" && Number.isFinite(x))) {
      throw new InvalidArgumentError(`${where}: "vector" must hold finite numbers only`);
    }
    vectors.push({
      id: record.id,
      vector: record.vector as number[],
      ...(record.payload === undefined ? {} : { payload: record.payload }),
    });
  });
  return vectors;
}

function parseK(text: string): number {
  const k = Number(text);
  if (!Number.isSafeInteger(k) || k < 1 || k > 10_000) {
    throw new InvalidArgumentError(`--k must be an integer in [1, 10000], got "${text}"`);
  }
  return k;
}

async function withVectors<T>(
  options: CtlOptions,
  action: (client: RuvectorClient) => Promise<T>,
): Promise<T> {
  const client = new RuvectorClient(clientOptions(options));
  try {
    return await action(client);
  } finally {
    client.close();
  }
}

/** The vectors `ctl vectors upsert` writes: from --file, or the one of --id and --vector. */
function upsertRecords(flags: {
  file?: string;
  id?: string;
  vector?: string;
  payload?: string;
}): VectorInput[] {
  if (flags.file !== undefined) {
    if (flags.id !== undefined || flags.vector !== undefined) {
      throw new InvalidArgumentError("give either --file or --id with --vector, not both");
    }
    return readVectorFile(flags.file);
  }
  if (flags.id === undefined || flags.vector === undefined) {
    throw new InvalidArgumentError("give --file, or --id and --vector");
  }
  let payload: unknown;
  if (flags.payload !== undefined) {
    try {
      payload = JSON.parse(flags.payload);
    } catch {
      throw new InvalidArgumentError(`--payload is not JSON: ${flags.payload}`);
    }
  }
  return [
    {
      id: flags.id,
      vector: parseVector("--vector", flags.vector),
      ...(payload === undefined ? {} : { payload }),
    },
  ];
}

/** Search hits in ctl's output format: ranked rows, or JSON (one document, or one per hit). */
function renderHits(hits: readonly VectorHit[], output: OutputFormat): string {
  if (output !== "table") {
    const lines = output === "json" ? [hits] : hits;
    return lines.map((line) => `${JSON.stringify(line)}\n`).join("");
  }
  return formatTable([
    ["RANK", "ID", "SCORE", "PAYLOAD"],
    ...hits.map((hit, rank) => [
      String(rank + 1),
      hit.id,
      hit.score.toPrecision(6),
      hit.payload === undefined ? "" : JSON.stringify(hit.payload),
    ]),
  ]);
}

export function addVectorCommands(ctl: Command, options: () => CtlOptions): void {
  const vectors = ctl
    .command("vectors")
    .description("Ruvector data plane: upsert, search, get vectors");
  vectors
    .command("upsert <collection>")
    .description("write vectors (a collection or an alias); an existing id is replaced")
    .option("--file <file>", 'JSON lines: {"id", "vector": [...], "payload"} per line')
    .option("--id <id>", "one vector's id (with --vector)")
    .option("--vector <values>", "one vector: comma-separated numbers")
    .option("--payload <json>", "the vector's payload (JSON text)")
    .action(
      async (
        collection: string,
        flags: { file?: string; id?: string; vector?: string; payload?: string },
      ) => {
        const records = upsertRecords(flags);
        await withVectors(options(), async (client) => {
          for (let start = 0; start < records.length; start += UPSERT_BATCH) {
            await client.upsert(collection, records.slice(start, start + UPSERT_BATCH));
          }
        });
        process.stdout.write(`${JSON.stringify({ upserted: records.length })}\n`);
      },
    );
  vectors
    .command("search <collection>")
    .description("the k nearest vectors (score: the distance, smaller is closer)")
    .requiredOption("--vector <values>", "the query: comma-separated numbers")
    .option("--k <k>", "how many (1-10000)", "10")
    .action(async (collection: string, flags: { vector: string; k: string }) => {
      const k = parseK(flags.k);
      const output = options().output;
      const query = parseVector("--vector", flags.vector);
      const hits = await withVectors(options(), (client) => client.search(collection, query, k));
      process.stdout.write(renderHits(hits, output));
    });
  vectors
    .command("get <collection> <id>")
    .description("one vector by id (exit 1 when there is none)")
    .action(async (collection: string, id: string) => {
      const stored = await withVectors(options(), (client) => client.get(collection, id));
      if (stored === undefined) {
        process.stderr.write(`no vector ${JSON.stringify(id)} in ${collection}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `${JSON.stringify({ id: stored.id, vector: Array.from(stored.vector), ...(stored.payload === undefined ? {} : { payload: stored.payload }) })}\n`,
      );
    });
}
