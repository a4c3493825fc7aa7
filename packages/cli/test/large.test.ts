import { createWriteStream, statSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { beforeAll, describe, expect, it } from "vitest";
import { files, requireBuild, romskAsync } from "./support.js";

beforeAll(requireBuild);

/** 1,000,000 Kolada-style observations of N03926 for Helsingborg, one per line; line 500,000 has a bad gender. */
async function millionLines(): Promise<string> {
  const path = join(files({}), "observations.ndjson");
  const out = createWriteStream(path);
  for (let i = 1; i <= 1_000_000; i += 1) {
    const gender = i === 500_000 ? "X" : "T";
    const line = `{"indicatorId":"n03926","place":{"level":"municipality","code":"1283"},"year":${2000 + (i % 20)},"gender":"${gender}","value":${(i % 97) / 10}}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return path;
}

describe("a 1M-line NDJSON file", () => {
  it("is validated as a stream within a 64 MB heap, and the one bad line is found", async () => {
    const path = await millionLines();
    expect(statSync(path).size).toBeGreaterThan(90_000_000);
    const r = await romskAsync(["validate", "observation", path], { nodeArgs: ["--max-old-space-size=64"] });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}:500000:\n  gender:`);
    expect(r.stdout).toContain("1000000 records: 999999 valid, 1 invalid (observation)");
  });
});
