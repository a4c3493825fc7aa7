import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain JavaScript module without type declarations, as an integrator would write it
import { validateFolder } from "../validate-folder.mjs";

const here = fileURLToPath(new URL("..", import.meta.url));
const payloads = fileURLToPath(new URL("../payloads", import.meta.url));

interface Entry {
  kind: string;
  file: string;
  valid: boolean;
  errors: { path: string; message: string }[];
}

describe("validating a folder with the shipped JSON Schemas and ajv", () => {
  const results = validateFolder(payloads) as Entry[];
  const byFile = new Map(results.map((r) => [`${r.kind}/${r.file}`, r]));

  it("accepts the seed-based payloads", () => {
    expect(results.filter((r) => r.valid).map((r) => `${r.kind}/${r.file}`)).toEqual([
      "annual-report/gavle-2017.json",
      "commission/lansstyrelsen-stockholm-2012.json",
      "observation/eu-poverty-gap-roma-2016.json",
    ]);
  });

  it("names each problem of a broken annual report by its path", () => {
    const broken = byFile.get("annual-report/boras-2017-broken.json");
    expect(broken?.valid).toBe(false);
    const paths = broken?.errors.map((e) => `${e.path} ${e.message.split(" ")[0] ?? ""}`);
    expect(paths).toEqual(expect.arrayContaining(["/ must", '/ unknown', "/submittedOn must"]));
    expect(broken?.errors.find((e) => e.path === "/")?.message).toBe("must have required property 'year'");
    expect(broken?.errors.some((e) => e.message === 'unknown key "contactPerson"')).toBe(true);
  });

  it("rejects a three-digit municipality code and an unknown gender", () => {
    const bad = byFile.get("observation/helsingborg-bad-code.json");
    expect(bad?.valid).toBe(false);
    expect(bad?.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["/place/code", "/gender"]));
  });

  it("runs as a command that exits 1 when a file is invalid", () => {
    const run = spawnSync(process.execPath, ["validate-folder.mjs", "payloads"], { cwd: here, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("valid   commission/lansstyrelsen-stockholm-2012.json");
    expect(run.stdout).toContain("INVALID annual-report/boras-2017-broken.json");
  });
});
