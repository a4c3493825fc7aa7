import type { Actor, Source } from "@romsk-inkludering/model";
import type { County } from "../types.js";
import { MUNICIPALITY_ROWS } from "./municipalities.generated.js";
import { FACTS_PROGRAMMES, facts, OPEN_START, SCB_CODES, seed, SEED_NETWORK_MEETING_2018 } from "./sources.js";

/** Extra sources for particular municipalities, by code. */
const EXTRA_SOURCES: Readonly<Record<string, readonly Source[]>> = {
  "1490": [
    facts(
      FACTS_PROGRAMMES,
      "Borås is one of the development municipalities (utvecklingskommuner) 2016–2019; one public page omits Borås from that list.",
    ),
    seed(SEED_NETWORK_MEETING_2018, "Borås stad om hur de arbetar med enskilt stöd genom brobyggarteam", "Borås presents its work \"som utvecklingskommun\"."),
  ],
};

/** The 290 municipalities as actors `municipality-<code>`, from SCB's code list. @internal */
export const MUNICIPALITY_ACTORS: Actor[] = MUNICIPALITY_ROWS.map(([code, name, countyCode]) => ({
  id: `municipality-${code}`,
  kind: "municipality",
  names: [{ validFrom: OPEN_START, value: { name: { sv: name, en: name } } }],
  municipalityCode: code,
  countyCode,
  sources: [SCB_CODES, ...(EXTRA_SOURCES[code] ?? [])],
}));

/** The 21 counties, code -> name, in code order. @internal */
export const COUNTIES: County[] = [...new Map(MUNICIPALITY_ROWS.map(([, , code, name]) => [code, name])).entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([code, name]) => ({ code, name, sources: [SCB_CODES] }));
