/** `romsk schema <kind>`: the JSON Schema (draft 2020-12) of a kind. Loads only the sdk's light entry point. */
import { toJsonSchema } from "@romsk-inkludering/sdk/core";
import { requireKind } from "../common.js";
import { EXIT } from "../errors.js";
import { write, type Io } from "../io.js";

/** Prints the JSON Schema of a kind. */
export async function schemaCommand(args: { kind?: string | undefined }, io: Io): Promise<number> {
  const kind = requireKind(args.kind);
  await write(io.stdout, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  return EXIT.ok;
}
