/** `romsk deadlines --from --to --as-of [--actor]`: the catalog's deliverables in a window. */
import { DEADLINE_STATUS_LABELS } from "@romsk-inkludering/sdk";
import { makeClient, readProfile } from "../client.js";
import { requireDate, table, terminalWidth, wrapText } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { write, type Io } from "../io.js";
import { count, formatNumber, safe, type Lang } from "../text.js";

/** Lists the deliverables due in the window as a table with a legend, or as JSON. */
export async function deadlinesCommand(
  args: { from?: string | undefined; to?: string | undefined; asOf?: string | undefined; actor?: string | undefined; profile?: string | undefined; lang: Lang; format: "table" | "json" },
  io: Io,
): Promise<number> {
  const lang = args.lang;
  const from = requireDate("--from", args.from);
  const to = requireDate("--to", args.to);
  if (to < from) throw new CliError({ en: `--to ${to} is before --from ${from}`, sv: `--to ${to} ligger före --from ${from}` });
  const asOf = requireDate("--as-of", args.asOf);
  const profile = await readProfile(args.profile, io);
  const client = makeClient({ asOf, ...(profile === undefined ? {} : { profile }) }, lang);
  if (args.actor !== undefined && !client.catalog.data.actors.some((a) => a.id === args.actor)) {
    throw new CliError({ en: `--actor: no actor ${JSON.stringify(safe(args.actor, 80))} in the catalog`, sv: `--actor: ingen aktör ${JSON.stringify(safe(args.actor, 80))} i katalogen` });
  }
  const list = client.deadlines({ from, to, asOf, ...(args.actor === undefined ? {} : { actor: args.actor }) });
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const header = lang === "sv" ? ["förfallodag", "gäller", "läge", "dagar", "uppdrag", "leverans"] : ["due", "applies", "status", "days", "commission", "deliverable"];
  const rows = list.map((d) => [
    d.due,
    d.effectiveDue,
    DEADLINE_STATUS_LABELS[d.status][lang],
    formatNumber(d.daysLeft, lang),
    d.commissionId,
    `${d.title[lang]}${d.occurrence === null ? "" : ` ${d.occurrence}`}`,
  ]);
  const width = terminalWidth(io.stdout as { columns?: number; isTTY?: boolean });
  await write(io.stdout, table(header, rows, width));
  const legend =
    lang === "sv"
      ? [
          "förfallodag: dagen som beslutet anger (eller som ett senare beslut ändrat den till);",
          "gäller: dagen som gäller, flyttad till nästa vardag enligt lag (1930:173) 2 § när profilen säger så;",
          `dagar: dagar från ${asOf} till den dag som gäller (negativt: så många dagar sedan); läge: passerad, snart (inom profilens gräns) eller kommande.`,
        ]
      : [
          "due: the date the decision sets (or a later decision amended it to);",
          "applies: the date that applies, moved to the next workday under lag (1930:173) 2 § when the profile says so;",
          `days: days from ${asOf} to the date that applies (negative: that many days ago); status: passed, due soon (within the profile's window) or upcoming.`,
        ];
  const total = count(list.length, lang, ["deliverable", "deliverables"], ["leverans", "leveranser"]);
  await write(io.stdout, `\n${legend.flatMap((l) => wrapText(l, width)).join("\n")}\n${total} ${from} – ${to}, ${lang === "sv" ? "per" : "as of"} ${asOf}\n`);
  return EXIT.ok;
}
