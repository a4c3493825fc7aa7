/** `romsk schema <kind>`: the JSON Schema (draft 2020-12) of a payload kind or an output kind. Loads only the sdk's light entry point. */
import { isKind, isOutputKind, kinds, outputKinds, toJsonSchema, type Kind, type OutputKind } from "@romsk-inkludering/sdk/core";
import { CliError, EXIT } from "../errors.js";
import { safe } from "../text.js";
import { write, type Io } from "../io.js";

/** A payload kind (what `validate` reads) or an output kind (what the library writes); a usage error naming both lists otherwise. */
function requireSchemaKind(kind: string | undefined): Kind | OutputKind {
  if (kind !== undefined && (isKind(kind) || isOutputKind(kind))) return kind;
  const payloads = kinds.join(", ");
  const outputs = outputKinds.join(", ");
  if (kind === undefined) {
    throw new CliError({
      en: `a kind is required; payloads: ${payloads}; outputs: ${outputs}`,
      sv: `en sort krävs; indata: ${payloads}; utdata: ${outputs}`,
    });
  }
  throw new CliError({
    en: `unknown kind ${JSON.stringify(safe(kind, 60))}; payloads: ${payloads}; outputs: ${outputs}`,
    sv: `okänd sort ${JSON.stringify(safe(kind, 60))}; indata: ${payloads}; utdata: ${outputs}`,
  });
}

/** Prints the JSON Schema of a payload kind or an output kind. */
export async function schemaCommand(args: { kind?: string | undefined }, io: Io): Promise<number> {
  const kind = requireSchemaKind(args.kind);
  await write(io.stdout, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  return EXIT.ok;
}
