/**
 * The guide docs/scenarios.md, run as written: every YAML block that starts
 * with `# file: NAME` is written to a folder under that name, and every
 * console block's `$ romsk ...` command is run there as a process; what it
 * prints (standard output, then standard error) must be what the guide shows.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

const GUIDE = fileURLToPath(new URL("../../../docs/scenarios.md", import.meta.url));
const text = readFileSync(GUIDE, "utf8");
const yamlFiles = Object.fromEntries([...text.matchAll(/```yaml\n# file: (\S+)\n([\s\S]*?)```/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
const consoles = [...text.matchAll(/```console\n\$ romsk ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ args: (m[1] ?? "").split(" "), shown: m[2] ?? "" }));

describe("docs/scenarios.md", () => {
  it("has the files and commands of a follow-up officer's session", () => {
    expect(Object.keys(yamlFiles)).toEqual(["lagesrapport.yaml", "lagesrapport-2013.yaml", "stavfel.yaml", "underlaget-2012.yaml"]);
    expect(consoles.length).toBe(5);
  });

  const dir = files(yamlFiles);
  for (const { args, shown } of consoles) {
    it(`romsk ${args.join(" ")}`, () => {
      const r = romsk(args, { cwd: dir });
      expect(`${r.stdout}${r.stderr}`).toBe(shown);
      const expectedCode = shown.includes("UNDERKÄNT") || shown.includes("FAIL") ? 1 : shown.startsWith("romsk: ") ? 2 : 0;
      expect(r.code).toBe(expectedCode);
    });
  }
});
