/**
 * Scenario files: YAML (1.2, core schema, so `2014-05-01` stays a string)
 * holding a list of scenarios, read into the model's `Scenario`s with the
 * line and column of every problem: a YAML error where the parser found
 * it, a field that does not match the scenario schema at its key or value.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import { validate, type Scenario, type ValidationIssue } from "@romsk-inkludering/sdk";
import type { Said } from "./json.js";

/** One problem of a scenario file, at a line and column (both from 1). */
export interface ScenarioProblem {
  readonly line: number;
  readonly column: number;
  /** The path inside the file (index of the scenario, then the fields), empty for a YAML error. */
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: Said;
}

/** A scenario read from a file, with the line it starts on. */
export interface ScenarioRead {
  readonly line: number;
  readonly scenario: Scenario;
}

/** The scenarios of a file, or every problem that keeps it from being read. */
export type ScenarioFile = { readonly ok: true; readonly scenarios: readonly ScenarioRead[] } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** The parser's error codes in Swedish (its own English messages are kept for English). */
const YAML_CODES_SV: Readonly<Record<string, string>> = {
  ALIAS_PROPS: "ett alias får inte ha egna egenskaper",
  BAD_ALIAS: "aliaset pekar inte på något ankare",
  BAD_COLLECTION_TYPE: "fel sorts samling",
  BAD_DIRECTIVE: "okänt eller felaktigt direktiv",
  BAD_DQ_ESCAPE: "ogiltig escape-sekvens i citattecken",
  BAD_INDENT: "fel indrag",
  BAD_PROP_ORDER: "ankare och taggar i fel ordning",
  BAD_SCALAR_START: "ett värde får inte börja med det tecknet (sätt det inom citattecken)",
  BLOCK_AS_IMPLICIT_KEY: "en samling kan inte vara en nyckel",
  BLOCK_IN_FLOW: "blockvärde inom hakparentes eller klammerparentes",
  DUPLICATE_KEY: "samma nyckel två gånger",
  IMPOSSIBLE: "internt fel i YAML-tolken",
  KEY_OVER_1024_CHARS: "nyckeln är längre än 1024 tecken",
  MISSING_CHAR: "ett tecken saknas (ett citattecken, en parentes eller ett kolon)",
  MULTILINE_IMPLICIT_KEY: "en nyckel får inte sträcka sig över flera rader",
  MULTIPLE_ANCHORS: "flera ankare på samma värde",
  MULTIPLE_DOCS: "filen innehåller flera YAML-dokument (---); skriv alla scenarier i en lista",
  MULTIPLE_TAGS: "flera taggar på samma värde",
  NON_STRING_KEY: "en nyckel ska vara text",
  TAB_AS_INDENT: "tabbtecken som indrag (använd mellanslag)",
  TAG_RESOLVE_FAILED: "taggen kan inte tolkas",
  UNEXPECTED_TOKEN: "oväntat tecken",
};

/** The node at `path` in the document (`key`: the key of the last step instead of its value), or the deepest one on the way there. */
function nodeAt(doc: Document, path: readonly (string | number)[], key: boolean): YamlNode | undefined {
  let node = doc.contents as YamlNode | null;
  for (let i = 0; i < path.length && node !== null; i++) {
    const step = path[i];
    if (isSeq(node) && typeof step === "number") {
      const next = node.items[step];
      if (!next || typeof next !== "object" || !("range" in next)) return node;
      node = next as YamlNode;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (pair === undefined) return node;
      if (i === path.length - 1 && key && isScalar(pair.key)) return pair.key;
      if (pair.value === null || typeof pair.value !== "object" || !("range" in pair.value)) return isScalar(pair.key) ? pair.key : node;
      node = pair.value as YamlNode;
    } else return node;
  }
  return node ?? undefined;
}

function position(counter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/**
 * Reads the text of a scenario file: YAML 1.2 with the core schema (plain
 * `2014-05-01` and `yes` stay text), one document holding a list of
 * scenarios, checked against the model's scenario-file schema (each
 * scenario against the scenario schema, at most 1000 of them). Never
 * throws: problems come back with their line and column.
 */
export function parseScenarioText(text: string): ScenarioFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", schema: "core", lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true });
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e): ScenarioProblem => {
    const at = e.linePos?.[0] ?? position(counter, e.pos[0]);
    const line = "line" in at ? at.line : 1;
    const column = "col" in at ? at.col : "column" in at ? (at as { column: number }).column : 1;
    const en = e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? e.code;
    return { line, column, path: [], code: e.code, message: { en: `not valid YAML: ${en}`, sv: `inte giltig YAML: ${YAML_CODES_SV[e.code] ?? "felaktig YAML"}` } };
  });
  if (yamlProblems.length > 0) return { ok: false, problems: yamlProblems.sort((a, b) => a.line - b.line || a.column - b.column) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [{ line: 1, column: 1, path: [], code: "yaml-alias", message: { en: `not valid YAML: ${(error as Error).message}`, sv: "inte giltig YAML: för många alias" } }] };
  }
  const start = (path: readonly (string | number)[], key = false): { line: number; column: number } => {
    const node = nodeAt(doc, path, key);
    return position(counter, node?.range?.[0] ?? 0);
  };
  if (!Array.isArray(value)) {
    const got = value === null || value === undefined ? { en: "nothing", sv: "ingenting" } : typeof value === "object" ? { en: "a single mapping", sv: "en enda mappning" } : { en: "a single value", sv: "ett enda värde" };
    return {
      ok: false,
      problems: [{ ...start([]), path: [], code: "not-a-list", message: { en: `a scenario file holds a list of scenarios (each starting with "- name:"), got ${got.en}`, sv: `en scenariofil innehåller en lista av scenarier (vart och ett börjar med "- name:"), fick ${got.sv}` } }],
    };
  }
  if (value.length === 0) {
    return { ok: false, problems: [{ ...start([]), path: [], code: "empty", message: { en: "the list of scenarios is empty", sv: "listan av scenarier är tom" } }] };
  }
  // The whole file against the model's scenario-file schema (the one an editor
  // uses): each issue's path starts with the scenario's index, so it is placed
  // at its own line and column.
  const result = validate("scenario-file", value);
  if (result.success) return { ok: true, scenarios: result.data.map((scenario, index) => ({ line: start([index]).line, scenario })) };
  const problems = (result.issues as readonly ValidationIssue[]).map((issue): ScenarioProblem => ({
    ...start(issue.path, issue.code === "unknown-key"),
    path: issue.path,
    code: issue.code,
    message: issue.message,
  }));
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}
