// The national report of 2017 that the demo writes (`pnpm demo`), the
// README's screenshot shows (scripts/report-html.mjs) and the evaluator's
// notebook builds (examples/notebook): one list of `romsk report` arguments,
// so that they cannot drift apart. As of 16 May 2018,
// the day the Board presented the year's work to the municipal network
// (seeds 002 and 003): from that day the network's members of 2017 are
// known. Run from examples/data.
export const REPORT_2017_ARGS = Object.freeze([
  "report", "annual-reports-2017.ndjson", "--year", "2017", "--as-of", "2018-05-16", "--deadline", "2018-04-15",
  "--expected", "municipality-2180,municipality-0580,municipality-1283,municipality-1490,municipality-1980,skolverket",
]);
