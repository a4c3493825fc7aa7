/**
 * A service module of a municipal case-management system: it embeds the
 * SDK to show one municipality (here Linköping) what it must deliver next
 * and how its records stand against the strategy's rules, as of a date the
 * caller passes in (the system's "today", never read here).
 */
import {
  createClient,
  extendCatalog,
  catalog as shippedCatalog,
  type Commission,
  type ComplianceInput,
  type Deadline,
  type Finding,
  type ObligationsCallOptions,
  DEADLINE_STATUS_LABELS,
  OBLIGATION_KIND_LABELS,
} from "@romsk-inkludering/sdk";

/** What the municipality's start page shows. */
export interface Overview {
  readonly municipality: string;
  readonly asOf: string;
  /** Deliverables of the municipality's commissions not yet passed, earliest first. */
  readonly upcoming: readonly Pick<Deadline, "deliverableId" | "due" | "effectiveDue" | "daysLeft" | "status">[];
  /** Verdict counts over every applicable finding. */
  readonly status: Readonly<Record<"pass" | "fail" | "warning" | "error", number>>;
  /** The findings that need attention (fail, warning, error), with their explanation in Swedish. */
  readonly attention: readonly { readonly ruleId: string; readonly verdict: Finding["verdict"]; readonly subject: string; readonly message: string }[];
}

/** One line of "what do we owe this year, and where do we stand", in Swedish. */
export interface ObligationLine {
  readonly id: string;
  /** The due date, or the period a duty runs over, or "–" (no source gives a date). */
  readonly when: string;
  readonly kind: string;
  readonly status: string;
  readonly title: string;
  /** The statutes (SFS numbers) the item rests on, each once, in the order of its basis: `2009:724`, `2018:1367`. */
  readonly sfs: readonly string[];
  readonly ruleId: string | null;
}

/** The municipality's service: its own commissions join the shipped catalog, its local profile tightens the rules. */
export function createMunicipalService(options: { readonly actorId: string; readonly profile?: string; readonly ownCommissions?: readonly Commission[] }) {
  const catalog = extendCatalog(shippedCatalog, { commissions: [...(options.ownCommissions ?? [])] });
  // One client for the service's life: the extended catalog and the profile are checked once, here.
  // It has no date of its own, so every dated call below must pass one (a type error otherwise).
  const client = createClient({ catalog, ...(options.profile === undefined ? {} : { profile: options.profile }) });

  return {
    /** The overview as of `asOf` for the municipality's own records (meetings, submissions, plans, reports). */
    overview(asOf: string, records: Omit<ComplianceInput, "subject" | "commissions">): Overview {
      const name = client.catalog.actorName(options.actorId, { asOf, lang: "sv" }) ?? options.actorId;
      const horizon = `${Number(asOf.slice(0, 4)) + 2}${asOf.slice(4)}`;
      const upcoming = client
        .deadlines({ from: asOf, to: horizon, actor: options.actorId, asOf })
        .filter((d) => d.status !== "passed")
        .map(({ deliverableId, due, effectiveDue, daysLeft, status }) => ({ deliverableId, due, effectiveDue, daysLeft, status }));
      const findings = client.check({ subject: options.actorId, commissions: [...(options.ownCommissions ?? [])], ...records }, { asOf });
      const status = { pass: 0, fail: 0, warning: 0, error: 0 };
      for (const f of findings) if (f.verdict !== "not-applicable") status[f.verdict] += 1;
      const attention = findings
        .filter((f) => f.verdict === "fail" || f.verdict === "warning" || f.verdict === "error")
        .map((f) => ({ ruleId: f.ruleId, verdict: f.verdict, subject: f.subject.id, message: f.message.sv }));
      return { municipality: name, asOf, upcoming, status, attention };
    },

    /**
     * What the municipality owes in a year, as of `asOf`, and where each item
     * stands, in Swedish: `client.obligations` over the year, with what came
     * in (`submissions`) so that a due date gone by reads on time, late or
     * overdue.
     */
    obligations(year: number, asOf: string, came?: Pick<ObligationsCallOptions, "submissions" | "reports">): readonly ObligationLine[] {
      return client.obligations(options.actorId, { from: `${year}-01-01`, to: `${year}-12-31`, asOf, ...came }).map((o) => ({
        id: o.id,
        when: o.due ?? (o.period === null || o.kind === "yearly-report" ? "–" : `${o.period.from} – ${o.period.to ?? ""}`.trimEnd()),
        kind: OBLIGATION_KIND_LABELS[o.kind].sv,
        status: DEADLINE_STATUS_LABELS[o.status].sv,
        title: o.title.sv,
        sfs: [...new Set(o.basis.flatMap((b) => (b.kind === "sfs" ? [b.sfs] : [])))],
        ruleId: o.ruleId,
      }));
    },
  };
}
