/** `romsk obligations <actor-id> --from --to --as-of [--input file]`: what an actor owes in a window, as of a date, and what it handed in. */
import { DEADLINE_STATUS_LABELS, OBLIGATION_KIND_LABELS, type ComplianceInput, type ObligationOutput, type Source } from "@romsk-inkludering/sdk";
import { makeClient, readComplianceInput, readProfile } from "../client.js";
import { requireDate, table, terminalWidth, wrapText } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { shown, write, type Io } from "../io.js";
import { count, safe, type Lang } from "../text.js";

/** A source in a few words: `SFS 2009:724 5 a §`, `seed 003`, a decision's number, a publication's reference. */
function sourceLabel(source: Source): string {
  switch (source.kind) {
    case "sfs":
      return `SFS ${source.sfs}${source.section === undefined ? "" : ` ${source.section}`}`;
    case "seed":
      return `seed ${source.file.slice(0, 3)}`;
    case "decision":
      return source.number;
    case "publication":
      return source.reference;
    case "facts":
      return "FACTS";
    case "url":
      return new URL(source.url).hostname;
  }
}

/** The basis of an item, each source once, in the order given. */
function basisText(item: ObligationOutput): string {
  return [...new Set(item.basis.map(sourceLabel))].join(", ");
}

/** The due date, or the period as `from – to` (`to` open: `from –`), or a dash. */
function when(item: ObligationOutput): string {
  if (item.due !== null) return item.due;
  if (item.period === null || item.kind === "yearly-report") return "–";
  return `${item.period.from} – ${item.period.to ?? ""}`.trimEnd();
}

/**
 * Lists the actor's obligations as a table with a legend, or as JSON (the
 * output contract `obligations`). With `--input`, a compliance input (read
 * and validated as `romsk check` reads it) gives what came in: its
 * `submissions` and `reports` make a passed due date read on time, late or
 * overdue.
 */
export async function obligationsCommand(
  args: { actor?: string | undefined; from?: string | undefined; to?: string | undefined; asOf?: string | undefined; profile?: string | undefined; input?: string | undefined; lang: Lang; format: "table" | "json" },
  io: Io,
): Promise<number> {
  const lang = args.lang;
  if (args.actor === undefined) {
    throw new CliError({ en: "an actor id is required, e.g. municipality-0580 (romsk obligations --help)", sv: "ett aktörs-id krävs, t.ex. municipality-0580 (romsk obligations --help)" });
  }
  const from = requireDate("--from", args.from);
  const to = requireDate("--to", args.to);
  if (to < from) throw new CliError({ en: `--to ${to} is before --from ${from}`, sv: `--to ${to} ligger före --from ${from}` });
  const asOf = requireDate("--as-of", args.asOf);
  const profile = await readProfile(args.profile, io);
  const client = makeClient({ asOf, ...(profile === undefined ? {} : { profile }) }, lang);
  const actorId = args.actor;
  if (!client.catalog.data.actors.some((a) => a.id === actorId)) {
    const shown = JSON.stringify(safe(actorId, 80));
    throw new CliError({ en: `no actor ${shown} in the catalog (municipalities are municipality-<code>, e.g. municipality-0580)`, sv: `ingen aktör ${shown} i katalogen (kommuner heter municipality-<kod>, t.ex. municipality-0580)` });
  }
  let came: Pick<ComplianceInput, "submissions" | "reports"> = {};
  if (args.input !== undefined) {
    // The same reading, validation and problem output as romsk check; exit 2, since no list was made.
    const read = await readComplianceInput(args.input, io, lang, args.format);
    if (!read.ok) {
      await write(io.stdout, read.problem);
      return EXIT.usage;
    }
    const subject = read.data.subject;
    if (subject !== undefined && subject !== actorId) {
      throw new CliError({
        en: `${shown(args.input)}: the subject ${JSON.stringify(safe(subject, 80))} is not the actor ${JSON.stringify(safe(actorId, 80))} whose obligations are listed`,
        sv: `${shown(args.input)}: subjektet ${JSON.stringify(safe(subject, 80))} är inte aktören ${JSON.stringify(safe(actorId, 80))} vars skyldigheter listas`,
      });
    }
    came = { submissions: read.data.submissions ?? [], reports: read.data.reports ?? [] };
  }
  const list = client.obligations(actorId, { from, to, asOf, ...came });
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const header = lang === "sv" ? ["sista dag / period", "slag", "läge", "regel", "vad [grund]"] : ["due / period", "kind", "status", "rule", "what [basis]"];
  const rows = list.map((item) => [
    when(item),
    OBLIGATION_KIND_LABELS[item.kind][lang],
    DEADLINE_STATUS_LABELS[item.status][lang],
    item.ruleId ?? "–",
    `${item.title[lang]} [${basisText(item)}]`,
  ]);
  const width = terminalWidth(io.stdout as { columns?: number; isTTY?: boolean });
  const name = client.catalog.getActor(actorId, { asOf })?.name[lang] ?? actorId;
  await write(io.stdout, `${name} (${actorId}), ${from} – ${to}, ${lang === "sv" ? "per" : "as of"} ${asOf}\n\n`);
  await write(io.stdout, table(header, rows, width));
  const legend =
    lang === "sv"
      ? [
          "sista dag / period: dagen då något ska vara inlämnat, eller perioden som en skyldighet eller ett åtagande gäller;",
          `läge per ${asOf}: kommande, snart (inom profilens gräns), passerad, eller ingen sista dag (ingen källa anger en; uppföljningsmyndigheten anger den i en profil); med --input: i tid, för sent eller försenad (inte inlämnad efter sista dagen);`,
          "regel: den regel i romsk check som bedömer posten; romsk obligations --format json ger hela posten med källor.",
        ]
      : [
          "due / period: the day something is due, or the period a duty or commitment runs over;",
          `status as of ${asOf}: upcoming, due soon (within the profile's window), passed, or no deadline (no source gives one; the follow-up authority sets it in a profile); with --input: on time, late, or overdue (not handed in after the due date);`,
          "rule: the rule of romsk check that judges the item; romsk obligations --format json gives each item whole, with its sources.",
        ];
  const total = count(list.length, lang, ["obligation", "obligations"], ["post", "poster"]);
  await write(io.stdout, `\n${legend.flatMap((l) => wrapText(l, width)).join("\n")}\n${total}\n`);
  return EXIT.ok;
}
