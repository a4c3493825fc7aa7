/**
 * Prints Linköping's overview as of a date given on the command line, then
 * what Linköping and Eskilstuna owe in that year and where each item stands:
 * `node --import tsx src/main.ts 2020-03-02`.
 */
import { createMunicipalService } from "./index.js";
import { actionPlanFollowUp, consultation, LINKOPING } from "./linkoping.js";

const asOf = process.argv[2] ?? "2020-03-02";
const service = createMunicipalService({ actorId: LINKOPING, profile: "linkoping-consultation", ownCommissions: [actionPlanFollowUp] });
const twoEach = { "swedish-roma": 2, "finnish-roma": 2, travellers: 2, "non-nordic-roma": 2, "newly-arrived-roma": 2 } as const;
const overview = service.overview(asOf, {
  meetings: [consultation("samrad-2019-10", "2019-10-15", twoEach), consultation("samrad-2020-02", "2020-02-11", { ...twoEach, travellers: 1 })],
  submissions: [{ deliverableId: "linkoping-action-plan-follow-up", occurrence: 2019, submittedOn: "2019-03-29", contents: [] }],
});
console.log(`${overview.municipality}, ${overview.asOf}`);
for (const d of overview.upcoming) console.log(`  ${d.effectiveDue}  ${d.deliverableId}  (${d.status}, ${d.daysLeft} days)`);
console.log(`  pass ${overview.status.pass}, fail ${overview.status.fail}, warning ${overview.status.warning}`);
for (const a of overview.attention) console.log(`  [${a.verdict}] ${a.ruleId}: ${a.message}`);

// "What do we owe this year, and where do we stand": Linköping (with its own commission) and
// Eskilstuna (a member of the municipal network, outside every programme).
const year = Number(asOf.slice(0, 4));
const eskilstuna = createMunicipalService({ actorId: "municipality-0484" });
for (const [name, lines] of [
  ["Linköping", service.obligations(year, asOf, { submissions: [{ deliverableId: "linkoping-action-plan-follow-up", occurrence: 2019, submittedOn: "2019-03-29" }] })],
  ["Eskilstuna", eskilstuna.obligations(year, asOf)],
] as const) {
  console.log(`\n${name}: skyldigheter ${year}, per ${asOf}`);
  for (const o of lines) console.log(`  ${o.when.padEnd(23)}  ${o.kind.padEnd(21)}  ${o.status.padEnd(15)}  ${o.title}${o.sfs.length === 0 ? "" : ` [SFS ${o.sfs.join(", ")}]`}`);
}
