/**
 * Renderer outputs written out by hand for small reports: Gävle's 2017
 * report (its part in the health-inspirer project: 12 trained, about
 * 36–120 reached) and Linköping's (a consultation with two Roma representatives
 * from each of the five Roma groups), Helsingborg expected but missing;
 * threshold 3, so counts of 1 and 2 are hidden.
 */
import { describe, expect, it } from "vitest";
import {
  areaActivitySpec,
  buildNationalReport,
  CSV_COLUMNS,
  indicatorTrendSpec,
  renderJson,
  renderMarkdown,
  toCsv,
  toCsvRows,
} from "../src/index.js";
import { COUNTRY, eligibleVocational, expected2017, gavle2017, linkoping2017, muni, obs, pair, poverty } from "./fixtures.js";

const small = buildNationalReport({
  year: 2017,
  reports: [gavle2017, linkoping2017],
  observations: [
    obs("n15428", muni("2180"), 2017, 78.4),
    obs("n15428", muni("0580"), 2017, 84),
    obs("n15428", muni("1283"), 2017, null),
    obs("n15428", COUNTRY, 2017, 82.5),
    ...pair(poverty.id, 2016, 80, 17),
  ],
  indicators: [poverty, eligibleVocational],
  expectedReporters: expected2017.slice(0, 3),
  deadline: "2018-04-15",
  actorTypes: {
    "municipality-2180": ["development-municipality", "network-member"],
    "municipality-0580": ["pilot", "network-member"],
    "municipality-1283": ["pilot", "network-member"],
  },
  suppressionThreshold: 3,
  asOf: "2018-05-02",
});

const SV = `# Nationell årsrapport 2017

Underlag per 2018-05-02. En total räknar varje aktör och insats en gång, så delarna kan summera till mer än totalen.

Röjandeskydd: rapporten är statistik om enskilda personer bara där den räknar personer – deltagare, personer som utbildats eller nåtts och personal, även per roll, romsk grupp och ålder. Sådana antal från 1–2 visas inte, och inte heller antal som de skulle kunna räknas fram ur; dolda antal visas som "..". Nollor visas. Antal organisationer, rapporter, insatser och möten samt belopp är uppgifter om offentliga organ och redovisas som de är. Grund: uppgifter om etniskt ursprung är särskilda kategorier av personuppgifter (EU:s dataskyddsförordning 2016/679, artikel 9); statistik får inte göra det möjligt att identifiera en enskild (offentlighets- och sekretesslagen (2009:400) 24 kap. 8 §); SCB skyddar sina tabeller på samma sätt genom att dölja små värden och, i befolkningsstatistiken från referensåret 2025, med cell key-metoden. Ingen lag anger en minsta cellstorlek: tröskeln 3 är en inställning.

Källor: Förordning (EU) 2016/679, Allmän dataskyddsförordning (GDPR); Offentlighets- och sekretesslag (2009:400) 24 kap. 8 §; Frågor och svar om röjandeskydd i befolkningsstatistiken (SCB), <https://www.scb.se/FAQ-CKM>.

## Översikt

| Aktörstyp | Rapporter | Aktiva aktörer | Insatser | Möten | Deltagare | Utbildade personer | Nådda personer | Finansiering (kr) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Pilotkommuner | 1 | 1 | 0 | 1 | 10 | 0 | 0 | 0 |
| Utvecklingskommuner | 1 | 1 | 1 | 0 | 0 | 12 | 36–120 | 0 |
| Nätverksmedlemmar | 2 | 2 | 1 | 1 | 10 | 12 | 36–120 | 0 |
| Totalt | 2 | 2 | 1 | 1 | 10 | 12 | 36–120 | 0 |

### Insatser per slag

| Slag | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Hälsoinspiratörer | 0 | 1 | 1 | 1 |

### Möten per slag

| Slag | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Samråd | 1 | 0 | 1 | 1 |

### Deltagare per roll

| Roll | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Romska representanter | 10 | 0 | 10 | 10 |

### Deltagare per romsk grupp

| Romsk grupp | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Svenska romer | .. | 0 | .. | .. |
| Finska romer | .. | 0 | .. | .. |
| Resande romer | .. | 0 | .. | .. |
| Utomnordiska romer | .. | 0 | .. | .. |
| Nyanlända romer | .. | 0 | .. | .. |

### Deltagare som är unga

| Unga | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Ej angivet | 10 | 0 | 10 | 10 |

## Hälsa, social omsorg och trygghet

| Aktörstyp | Rapporter | Aktiva aktörer | Insatser | Möten | Deltagare | Utbildade personer | Nådda personer | Finansiering (kr) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Pilotkommuner | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| Utvecklingskommuner | 1 | 1 | 1 | 0 | 0 | 12 | 36–120 | 0 |
| Nätverksmedlemmar | 1 | 1 | 1 | 0 | 0 | 12 | 36–120 | 0 |
| Totalt | 1 | 1 | 1 | 0 | 0 | 12 | 36–120 | 0 |

### Insatser per slag

| Slag | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Hälsoinspiratörer | 0 | 1 | 1 | 1 |

## Inget område angivet

| Aktörstyp | Rapporter | Aktiva aktörer | Insatser | Möten | Deltagare | Utbildade personer | Nådda personer | Finansiering (kr) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Pilotkommuner | 1 | 1 | 0 | 1 | 10 | 0 | 0 | 0 |
| Utvecklingskommuner | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| Nätverksmedlemmar | 1 | 1 | 0 | 1 | 10 | 0 | 0 | 0 |
| Totalt | 1 | 1 | 0 | 1 | 10 | 0 | 0 | 0 |

### Möten per slag

| Slag | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Samråd | 1 | 0 | 1 | 1 |

### Deltagare per roll

| Roll | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Romska representanter | 10 | 0 | 10 | 10 |

### Deltagare per romsk grupp

| Romsk grupp | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Svenska romer | .. | 0 | .. | .. |
| Finska romer | .. | 0 | .. | .. |
| Resande romer | .. | 0 | .. | .. |
| Utomnordiska romer | .. | 0 | .. | .. |
| Nyanlända romer | .. | 0 | .. | .. |

### Deltagare som är unga

| Unga | Pilotkommuner | Utvecklingskommuner | Nätverksmedlemmar | Totalt |
| --- | ---: | ---: | ---: | ---: |
| Ej angivet | 10 | 0 | 10 | 10 |

## Inrapportering

Sista dag: 2018-04-15. (Med förskjutning enligt lag (1930:173) 2 § hade sista dag varit 2018-04-16; lagen gäller tid som bestäms i lag eller annan författning och tillämpas inte här.)

Förväntade: 3. Inkomna: 2 (i tid 1, för sent 1). Ej inkomna: 1 (försenad 1).

| Aktör | Status | Inkom | Dagar sent |
| --- | --- | --- | ---: |
| Linköpings kommun | För sent | 2018-04-18 | 3 |
| Helsingborgs stad | Försenad |  |  |
| Gävle kommun | I tid | 2018-04-13 |  |

## Rapporteringsläge 2017

| Aktörstyp | Förväntade | Inkomna | Ej inkomna | I tid | För sent | Försenad |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| Pilotkommuner | 2 | 1 | 1 | 0 | 1 | 1 |
| Utvecklingskommuner | 1 | 1 | 0 | 1 | 0 | 0 |
| Nätverksmedlemmar | 3 | 2 | 1 | 1 | 1 | 1 |
| Totalt | 3 | 2 | 1 | 1 | 1 | 1 |

### Per område (aktörer med insatser eller möten i området)

| Område | Rapporter | Aktiva aktörer | I tid | För sent | Försenad |
| --- | ---: | ---: | ---: | ---: | ---: |
| Hälsa, social omsorg och trygghet | 1 | 1 | 1 | 0 | 0 |
| Inget område angivet | 1 | 1 | 0 | 1 | 0 |

### Indikatorer med data: 2 / 2

| Indikator | Data för 2017 | Senaste år med data |
| --- | --- | --- |
| Risk för fattigdom, gap (procentenheter) | Nej | 2016 |
| Elever i åk 9 som är behöriga till yrkesprogram, andel (%) | Ja | 2017 |

## Indikatorer

### Risk för fattigdom, gap (procentenheter)

| År | Nivå | Kön | Grupp | Värden | Saknas | Medel | Min | Max |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| 2016 | Riket | Totalt | Romer | 1 | 0 | 80 | 80 | 80 |
| 2016 | Riket | Totalt | Befolkningen | 1 | 0 | 17 | 17 | 17 |

### Elever i åk 9 som är behöriga till yrkesprogram, andel (%)

| År | Nivå | Kön | Grupp | Värden | Saknas | Medel | Min | Max |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| 2017 | Riket | Totalt | Alla | 1 | 0 | 82,5 | 82,5 | 82,5 |
| 2017 | Kommuner | Totalt | Alla | 2 | 1 | 81,2 | 78,4 | 84 |

### Gruppmedelvärden (kommuner)

| Indikator | År | Kön | Aktörstyp | Medlemmar | Med värde | Saknas | Medel |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: |
| Elever i åk 9 som är behöriga till yrkesprogram, andel (%) | 2017 | Totalt | Pilotkommuner | 2 | 1 | 1 | 84 |
| Elever i åk 9 som är behöriga till yrkesprogram, andel (%) | 2017 | Totalt | Utvecklingskommuner | 1 | 1 | 0 | 78,4 |
| Elever i åk 9 som är behöriga till yrkesprogram, andel (%) | 2017 | Totalt | Nätverksmedlemmar | 3 | 2 | 1 | 81,2 |

## Måluppfyllelse

| Indikator | Status | Utgångsvärde | Senaste | Mål | Förväntat |
| --- | --- | ---: | ---: | ---: | ---: |
| Risk för fattigdom, gap (procentenheter) | Otillräckliga data | 63 (2016) | 63 (2016) | 31,5 (2030) |  |
| Elever i åk 9 som är behöriga till yrkesprogram, andel (%) | Otillräckliga data |  | 82,5 (2017) |  |  |

- Risk för fattigdom, gap (procentenheter): Otillräckliga data: det finns ingen observation efter utgångsåret.
- Elever i åk 9 som är behöriga till yrkesprogram, andel (%): Otillräckliga data: indikatorn har inget mål.
`;

const EN_HEAD = `# National annual report 2017

As of 2018-05-02. A total counts each actor and activity once, so the parts can add up to more than the total.

Disclosure control: the report is statistics about individuals only where it counts people – participants, people trained or reached, and staff, also by role, Roma group and age group. Such counts of 1–2 are not shown, nor counts from which they could be worked out; hidden counts are shown as "..". Zeros are shown. Counts of organisations, reports, activities and meetings and amounts of money are facts about public bodies and are published as they are. Basis: data on ethnic origin is a special category of personal data (EU General Data Protection Regulation 2016/679, Article 9); statistics must not let an individual be identified (Swedish Public Access to Information and Secrecy Act (2009:400), chapter 24, section 8); Statistics Sweden protects its tables the same way, by suppressing small values and, in population statistics from reference year 2025, by the cell key method. No law sets a minimum cell size: the threshold 3 is a setting.

Sources: Förordning (EU) 2016/679, Allmän dataskyddsförordning (GDPR); Offentlighets- och sekretesslag (2009:400) 24 kap. 8 §; Frågor och svar om röjandeskydd i befolkningsstatistiken (SCB), <https://www.scb.se/FAQ-CKM>.

## Overview

| Actor type | Reports | Active actors | Activities | Meetings | Participants | People trained | People reached | Funding (SEK) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Pilot municipalities | 1 | 1 | 0 | 1 | 10 | 0 | 0 | 0 |
| Development municipalities | 1 | 1 | 1 | 0 | 0 | 12 | 36–120 | 0 |
| Network members | 2 | 2 | 1 | 1 | 10 | 12 | 36–120 | 0 |
| Total | 2 | 2 | 1 | 1 | 10 | 12 | 36–120 | 0 |

### Activities by kind

| Kind | Pilot municipalities | Development municipalities | Network members | Total |
| --- | ---: | ---: | ---: | ---: |
| Health inspirers | 0 | 1 | 1 | 1 |
`;

const EN_TAIL = `## Reporting

Deadline: 2018-04-15. (With the shift of lag (1930:173) §2 the last day would have been 2018-04-16; the law concerns time set by statute and is not applied here.)

Expected: 3. Received: 2 (on time 1, late 1). Not received: 1 (overdue 1).

| Actor | Status | Submitted | Days late |
| --- | --- | --- | ---: |
| Linköping Municipality | Late | 2018-04-18 | 3 |
| City of Helsingborg | Overdue |  |  |
| Gävle Municipality | On time | 2018-04-13 |  |

## Reporting status 2017

| Actor type | Expected | Received | Not received | On time | Late | Overdue |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| Pilot municipalities | 2 | 1 | 1 | 0 | 1 | 1 |
| Development municipalities | 1 | 1 | 0 | 1 | 0 | 0 |
| Network members | 3 | 2 | 1 | 1 | 1 | 1 |
| Total | 3 | 2 | 1 | 1 | 1 | 1 |

### By area (actors with activities or meetings in the area)

| Area | Reports | Active actors | On time | Late | Overdue |
| --- | ---: | ---: | ---: | ---: | ---: |
| Health, social care and safety | 1 | 1 | 1 | 0 | 0 |
| No area given | 1 | 1 | 0 | 1 | 0 |

### Indicators with data: 2 / 2

| Indicator | Data for 2017 | Latest year with data |
| --- | --- | --- |
| At risk of poverty, gap (percentage points) | No | 2016 |
| Pupils in year 9 eligible for vocational programmes, share (%) | Yes | 2017 |

## Indicators

### At risk of poverty, gap (percentage points)

| Year | Level | Gender | Group | Values | Missing | Mean | Min | Max |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| 2016 | Country | Total | Roma | 1 | 0 | 80 | 80 | 80 |
| 2016 | Country | Total | General population | 1 | 0 | 17 | 17 | 17 |

### Pupils in year 9 eligible for vocational programmes, share (%)

| Year | Level | Gender | Group | Values | Missing | Mean | Min | Max |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| 2017 | Country | Total | All | 1 | 0 | 82.5 | 82.5 | 82.5 |
| 2017 | Municipalities | Total | All | 2 | 1 | 81.2 | 78.4 | 84 |

### Group averages (municipalities)

| Indicator | Year | Gender | Actor type | Members | With a value | Missing | Mean |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: |
| Pupils in year 9 eligible for vocational programmes, share (%) | 2017 | Total | Pilot municipalities | 2 | 1 | 1 | 84 |
| Pupils in year 9 eligible for vocational programmes, share (%) | 2017 | Total | Development municipalities | 1 | 1 | 0 | 78.4 |
| Pupils in year 9 eligible for vocational programmes, share (%) | 2017 | Total | Network members | 3 | 2 | 1 | 81.2 |

## Progress

| Indicator | Status | Baseline | Latest | Target | Expected |
| --- | --- | ---: | ---: | ---: | ---: |
| At risk of poverty, gap (percentage points) | Insufficient data | 63 (2016) | 63 (2016) | 31.5 (2030) |  |
| Pupils in year 9 eligible for vocational programmes, share (%) | Insufficient data |  | 82.5 (2017) |  |  |

- At risk of poverty, gap (percentage points): Insufficient data: there is no observation after the baseline year.
- Pupils in year 9 eligible for vocational programmes, share (%): Insufficient data: the indicator has no target.
`;

describe("renderMarkdown", () => {
  it("renders the small report in Swedish as written out by hand", () => {
    expect(renderMarkdown(small, { lang: "sv" })).toBe(SV);
  });

  it("renders it in English with English separators and names", () => {
    const en = renderMarkdown(small, { lang: "en" });
    expect(en.startsWith(EN_HEAD)).toBe(true);
    expect(en.endsWith(EN_TAIL)).toBe(true);
    expect(en).toContain("## No area given\n");
    expect(en).toContain("| Finnish Roma | .. | 0 | .. | .. |");
  });

  it("says so when nothing is hidden, and escapes pipes in table cells", () => {
    const open = buildNationalReport({
      year: 2017,
      reports: [gavle2017],
      indicators: [{ ...eligibleVocational, name: { sv: "Behöriga | yrkesprogram", en: "Eligible | vocational" } }],
      observations: [obs("n15428", COUNTRY, 2017, 1234.5)],
      suppressionThreshold: 0,
      asOf: "2018-05-02",
    });
    const md = renderMarkdown(open, { lang: "en" });
    expect(md).toContain("As of 2018-05-02. A total counts each actor and activity once, so the parts can add up to more than the total.\n");
    expect(md).toContain("\nDisclosure control: the threshold is 0, so no counts are hidden.");
    expect(renderMarkdown(open, { lang: "sv" })).toContain("\nRöjandeskydd: tröskeln är 0, så inga antal är dolda.");
    expect(md).toContain("### Eligible | vocational\n");
    expect(md).toContain("| Eligible \\| vocational | Insufficient data |  | 1,234.5 (2017) |  |  |\n");
    expect(md).toContain("| 2017 | Country | Total | All | 1 | 0 | 1,234.5 | 1,234.5 | 1,234.5 |");
    expect(renderMarkdown(open, { lang: "sv" })).toContain("| 2017 | Riket | Totalt | Alla | 1 | 0 | 1 234,5 | 1 234,5 | 1 234,5 |");
  });

  it("is deterministic", () => {
    expect(renderMarkdown(small, { lang: "sv" })).toBe(renderMarkdown(JSON.parse(renderJson(small)), { lang: "sv" }));
  });
});

describe("CSV", () => {
  // Gävle's report names an area but has no activity; no actor types, so Gävle counts as "other".
  const tiny = buildNationalReport({
    year: 2017,
    reports: [{ ...gavle2017, activities: [] }],
    observations: [obs("n15428", COUNTRY, 2017, 82.5)],
    indicators: [eligibleVocational],
    deadline: "2018-04-15",
    suppressionThreshold: 5,
    asOf: "2018-05-02",
  });

  it("writes one record per cell, with suppression flags, as written out by hand", () => {
    const line = (...fields: string[]): string => `${fields.join(",")}\r\n`;
    const counts = (area: string, type: string): string =>
      line("activity", "2017", area, type, "reports", "", "", "", "", "", "", "1", "", "") +
      line("activity", "2017", area, type, "active-actors", "", "", "", "", "", "", "0", "", "") +
      line("activity", "2017", area, type, "activities", "", "", "", "", "", "", "0", "", "") +
      line("activity", "2017", area, type, "funding-sek", "", "", "", "", "", "", "0", "", "") +
      line("activity", "2017", area, type, "meetings", "", "", "", "", "", "", "0", "", "") +
      line("activity", "2017", area, type, "participants", "", "", "", "", "", "", "0", "", "");
    const stat = (measure: string, value: string): string =>
      line("indicator", "2017", "", "", measure, "", "n15428", "country", "T", "", "", value, "", "");
    const glance = (type: string): string =>
      line("reporting-status", "2017", "", type, "expected", "", "", "", "", "", "", "", "", "") +
      line("reporting-status", "2017", "", type, "reported", "", "", "", "", "", "", "1", "", "") +
      line("reporting-status", "2017", "", type, "not-reported", "", "", "", "", "", "", "0", "", "") +
      line("reporting-status", "2017", "", type, "reporters-by-status", "on-time", "", "", "", "", "", "1", "", "");
    const expected =
      line("section", "year", "area", "actorType", "measure", "category", "indicatorId", "level", "gender", "group", "date", "value", "text", "suppressed") +
      counts("all", "other") +
      counts("all", "all") +
      counts("health-social-care-safety", "other") +
      counts("health-social-care-safety", "all") +
      line("completeness", "2017", "", "", "reporter", "municipality-2180", "", "", "", "", "2018-04-13", "", "on-time", "") +
      // The reporting status at a glance: Gävle on time (13 April), no list of expected reporters (so expected is
      // empty); one report names health, social care and safety but has no activity there (0 active actors).
      glance("other") +
      glance("all") +
      line("reporting-status", "2017", "health-social-care-safety", "all", "reports", "", "", "", "", "", "", "1", "", "") +
      line("reporting-status", "2017", "health-social-care-safety", "all", "active-actors", "", "", "", "", "", "", "0", "", "") +
      line("reporting-status", "2017", "health-social-care-safety", "all", "reporters-by-status", "on-time", "", "", "", "", "", "0", "", "") +
      line("reporting-status", "2017", "", "", "has-data-for-year", "", "n15428", "", "", "", "", "1", "", "") +
      line("reporting-status", "2017", "", "", "latest-year", "", "n15428", "", "", "", "", "2017", "", "") +
      line("reporting-status", "2017", "", "", "indicators", "", "", "", "", "", "", "1", "", "") +
      line("reporting-status", "2017", "", "", "indicators-with-data", "", "", "", "", "", "", "1", "", "") +
      line("reporting-status", "2017", "", "", "indicators-with-data-for-year", "", "", "", "", "", "", "1", "", "") +
      stat("observations", "1") +
      stat("missing", "0") +
      stat("sum", "82.5") +
      stat("min", "82.5") +
      stat("max", "82.5") +
      stat("mean", "82.5") +
      line("progress", "2017", "", "", "status", "", "n15428", "country", "T", "", "", "", "insufficient-data", "") +
      line("progress", "2017", "", "", "latest", "", "n15428", "country", "T", "", "", "82.5", "", "");
    expect(toCsv(toCsvRows(tiny))).toBe(expected);
  });

  it("gives the reporting status at a glance, with the Swedish header and status words under lang sv", () => {
    // Gävle on time, Linköping late (18 April), Helsingborg expected and missing: overdue.
    const rows = toCsvRows(small, { lang: "sv" }).filter((r) => r.section === "reporting-status" && r.actorType === "all" && r.area === "");
    expect(rows.map((r) => [r.measure, r.category, r.value, r.text])).toEqual([
      ["expected", "", 3, ""],
      ["reported", "", 2, ""],
      ["not-reported", "", 1, ""],
      ["reporters-by-status", "on-time", 1, "I tid"],
      ["reporters-by-status", "late", 1, "För sent"],
      ["reporters-by-status", "overdue", 1, "Försenad"],
    ]);
    expect(toCsvRows(small).filter((r) => r.measure === "reporters-by-status").every((r) => r.text === "")).toBe(true);
    expect(toCsvRows(small, { lang: "sv" }).filter((r) => r.measure === "reporter").map((r) => [r.category, r.text])).toEqual([
      ["municipality-0580", "För sent"],
      ["municipality-1283", "Försenad"],
      ["municipality-2180", "I tid"],
    ]);
    expect(toCsv([], CSV_COLUMNS, { lang: "sv" })).toBe("avsnitt,år,område,aktörstyp,mått,kategori,indikator,nivå,kön,grupp,datum,värde,text,dold\r\n");
    expect(() => toCsvRows(small, { lang: "de" as "sv" })).toThrow('toCsvRows: lang must be "sv" or "en", got "de"');
  });

  it("flattens suppressed cells to null values with their kind", () => {
    const groups = toCsvRows(small).filter((r) => r.measure === "participants-by-roma-group" && r.area === "all" && r.actorType === "all");
    expect(groups.map((r) => [r.category, r.value, r.suppressed])).toEqual([
      ["swedish-roma", null, "primary"],
      ["finnish-roma", null, "primary"],
      ["travellers", null, "primary"],
      ["non-nordic-roma", null, "primary"],
      ["newly-arrived-roma", null, "primary"],
    ]);
    const reached = toCsvRows(small).filter((r) => r.category === "people-reached" && r.area === "all" && r.actorType === "all");
    expect(reached.map((r) => [r.measure, r.value])).toEqual([
      ["output-low", 36],
      ["output-high", 120],
    ]);
  });

  it("lists progress figures with their years", () => {
    const rows = toCsvRows(small).filter((r) => r.section === "progress" && r.indicatorId === poverty.id);
    expect(rows.map((r) => [r.measure, r.year, r.value, r.text, r.group])).toEqual([
      ["status", 2017, null, "insufficient-data", "gap"],
      ["baseline", 2016, 63, "", "gap"],
      ["latest", 2016, 63, "", "gap"],
      ["target", 2030, 31.5, "", "gap"],
    ]);
  });

  it("quotes commas, quotes, line breaks and edge spaces (RFC 4180)", () => {
    expect(toCsv([{ a: "Hälsa, social omsorg och trygghet", b: 'så kallade "brobyggare"', c: "rad ett\nrad två", d: " Gävle", e: null, f: 1500.5 }], ["a", "b", "c", "d", "e", "f"])).toBe(
      'a,b,c,d,e,f\r\n"Hälsa, social omsorg och trygghet","så kallade ""brobyggare""","rad ett\nrad två"," Gävle",,1500.5\r\n',
    );
    expect(toCsv([], CSV_COLUMNS)).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("Vega-Lite", () => {
  it("charts an indicator's trend with the v5 schema and the data inline", () => {
    const trend = buildNationalReport({
      year: 2021,
      reports: [],
      observations: [...pair(poverty.id, 2016, 80, 17), ...pair(poverty.id, 2021, 80, 17)],
      indicators: [poverty],
      suppressionThreshold: 5,
      asOf: "2022-06-30",
    });
    expect(indicatorTrendSpec(trend, poverty.id, { lang: "en" })).toEqual({
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: "At risk of poverty, gap (percentage points)",
      description: "At risk of poverty, gap (percentage points): mean by year",
      data: {
        values: [
          { year: 2016, mean: 80, series: "Total, Roma", gender: "T", group: "roma", observations: 1 },
          { year: 2016, mean: 17, series: "Total, general population", gender: "T", group: "general", observations: 1 },
          { year: 2021, mean: 80, series: "Total, Roma", gender: "T", group: "roma", observations: 1 },
          { year: 2021, mean: 17, series: "Total, general population", gender: "T", group: "general", observations: 1 },
        ],
      },
      mark: { type: "line", point: true },
      encoding: {
        x: { field: "year", type: "ordinal", title: "Year" },
        y: { field: "mean", type: "quantitative", title: "At risk of poverty, gap (percentage points)" },
        color: { field: "series", type: "nominal", title: "Series" },
        tooltip: [
          { field: "year", type: "ordinal" },
          { field: "series", type: "nominal" },
          { field: "mean", type: "quantitative" },
          { field: "observations", type: "quantitative" },
        ],
      },
    });
  });

  it("charts activities per area and actor type (counts of activities are published)", () => {
    const spec = areaActivitySpec(small, { lang: "sv" });
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.data.values).toEqual([
      { area: "Hälsa, social omsorg och trygghet", actorType: "Pilotkommuner", activities: 0, suppressed: false },
      { area: "Hälsa, social omsorg och trygghet", actorType: "Utvecklingskommuner", activities: 1, suppressed: false },
      { area: "Hälsa, social omsorg och trygghet", actorType: "Nätverksmedlemmar", activities: 1, suppressed: false },
      { area: "Inget område angivet", actorType: "Pilotkommuner", activities: 0, suppressed: false },
      { area: "Inget område angivet", actorType: "Utvecklingskommuner", activities: 0, suppressed: false },
      { area: "Inget område angivet", actorType: "Nätverksmedlemmar", activities: 0, suppressed: false },
    ]);
    expect(spec.encoding["x"]).toEqual({
      field: "area",
      type: "nominal",
      title: "Område",
      sort: ["Hälsa, social omsorg och trygghet", "Inget område angivet"],
    });
    expect(spec.encoding["color"]).toEqual({
      field: "actorType",
      type: "nominal",
      title: "Aktörstyp",
      sort: ["Pilotkommuner", "Utvecklingskommuner", "Nätverksmedlemmar"],
    });
    expect(spec.mark).toBe("bar");
  });
});

describe("renderJson", () => {
  it("is the report as indented JSON with a final newline", () => {
    const text = renderJson(small);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "format": "romsk-inkludering.reports.national-report/2",');
    expect(JSON.parse(text)).toEqual(small);
  });
});
