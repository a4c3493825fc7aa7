import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { registry, ruleDocUrl } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { FACTS_LAW, INDEX_TITLE, pageFile, passage, ruleReference, rulePage, scenariosOf } from "../../../scripts/rule-reference.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("the rule reference (scripts/rule-reference.ts)", () => {
  const files = ruleReference();

  it("has a page for every rule of the registry, and the index links each", () => {
    expect([...files.keys()].sort()).toEqual(["index.md", ...registry.map((r) => pageFile(r.id))].sort());
    const index = files.get("index.md") ?? "";
    for (const rule of registry) expect(index).toContain(`  - ./${rule.id}.md`);
    for (const rule of registry) expect(index).toContain(`| [${rule.id}](./${rule.id}.md) |`);
  });

  it("quotes every passage of each rule's basis verbatim, or says that no text is available", () => {
    for (const rule of registry) {
      const page = files.get(pageFile(rule.id)) ?? "";
      expect(page, rule.id).toContain(`# ${rule.id}`);
      expect(page, rule.id).toContain(rule.title.sv);
      expect(page, rule.id).toContain(rule.title.en);
      for (const source of rule.basis) {
        const { text, what } = passage(source);
        if (source.kind === "seed" && source.locator !== undefined) expect(page, rule.id).toContain(`“${source.locator.replace(/\s+/g, " ")}”`);
        if (text === "") expect(page, rule.id).toContain(what);
      }
    }
    // Seed 000's sentence and the FACTS text of lag 1930:173 §2 on the deadline rule's page; no statute wording is claimed.
    const onTime = files.get("deliverable.on-time.md") ?? "";
    expect(onTime).toContain("“En redovisning av deluppdraget ska lämnas … senast den 1 september 2012”");
    expect(onTime).toContain(`“${FACTS_LAW["1930:173 2 §"]}”`);
    expect(onTime).toContain("the statute's Swedish wording is not in the project's sources");
    // Lag 2009:724 §5 a: FACTS's summary on the youth rule's page; §4's from FACTS's last section, as the catalog cites it.
    expect(files.get("minority-act.youth-influence.md")).toContain("promote children's and young people's influence and consultation");
    expect(files.get("minority-act.language-and-culture.md")).toContain("children's development of a cultural identity and use of their minority language is to be promoted especially");
    expect(files.get("minority-act.information.md")).toContain("“§3: information duty (municipalities and regions, and state authorities whose work matters to the minorities).”");
  });

  it("gives the validity, the settings with defaults and sources, and what a profile may tighten", () => {
    const youth = files.get("minority-act.youth-influence.md") ?? "";
    expect(youth).toContain("From 2019-01-01 to no end date");
    expect(youth).toContain("| `consultation.minYouthParticipants` |");
    const forum = files.get("forum.cadence.md") ?? "";
    expect(forum).toContain("the catalog entry's own number (pilot-forum: 2 per term)");
    expect(forum).toContain("Seed `001_90733e24716ad9fb.txt`");
    const network = files.get("network.commitments.md") ?? "";
    expect(network).toContain("| `network.meetingsShortfallTolerance` |");
    expect(network).toContain("lower it");
    expect(files.get("funding.budget-arithmetic.md")).toContain("The rule reads no setting: it has no threshold of its own.");
    for (const rule of registry) expect(files.get(pageFile(rule.id)), rule.id).toContain(`\`${ruleDocUrl(rule.id)}\``);
  });

  it("shows the shipped scenarios as a table of inputs and verdicts, and picks a file up when it appears", () => {
    const onTime = files.get("deliverable.on-time.md") ?? "";
    expect(onTime).toContain("From `packages/rules/scenarios/deliverable.on-time.yaml`");
    expect(onTime).toMatch(/\| Lägesrapporten 2013 kom i tid, lägesrapporten 2014 kom en arbetsdag för sent \| 2014-05-01 \| — \| .* \| pilot-status-report\/2013: \*\*pass\*\*; pilot-status-report\/2014: \*\*fail\*\* \|/);
    for (const rule of registry) expect(scenariosOf(rule.id)?.length ?? 0, rule.id).toBeGreaterThanOrEqual(3);
    const dir = mkdtempSync(join(tmpdir(), "rule-reference-"));
    const rule = registry.find((r) => r.id === "forum.cadence");
    if (rule === undefined) throw new Error("forum.cadence is not in the registry");
    expect(rulePage(rule, dir)).toContain("ships no scenario file for this rule yet");
    writeFileSync(join(dir, "forum.cadence.yaml"), '- name: Två möten våren 2013\n  asOf: "2013-08-01"\n  input: { forumRecords: [] }\n  expect: [{ rule: forum.cadence, subject: pilot-forum, verdict: pass }]\n');
    expect(rulePage(rule, dir)).toContain("| Två möten våren 2013 | 2013-08-01 | — | forumRecords: 0 items | pilot-forum: **pass** |");
  });

  it("joins the documentation site: typedoc.json lists the index, pnpm run docs generates it, and the page address is ruleDocUrl's", () => {
    const typedoc = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as { projectDocuments: string[] };
    expect(typedoc.projectDocuments).toContain("docs/rules/index.md");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["docs"]).toContain("scripts/rule-reference.ts");
    // TypeDoc names a child document's page <parent title>.<title>, spaces as underscores.
    expect(ruleDocUrl("deliverable.on-time")).toBe(`documents/${INDEX_TITLE.replace(/ /g, "_")}.deliverable.on-time.html`);
    expect(files.get("deliverable.on-time.md")).toMatch(/^---\ntitle: deliverable.on-time\ngroup: Rules\n---/);
  });
});
