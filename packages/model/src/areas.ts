import * as z from "zod";
import { SourcesSchema } from "./sources.js";
import { BilingualSchema, IdSchema } from "./shared.js";
import type { Message } from "./messages.js";

/**
 * The six areas of the strategy: Utbildning, Arbete, Bostad, Hälsa, social
 * omsorg och trygghet, Kultur och språk, Civilsamhällets organisering.
 *
 * @category Areas
 * @example
 * ```ts
 * import { AreaIdSchema } from "@romsk-inkludering/model";
 * AreaIdSchema.options.length;
 * // => 6
 * AreaIdSchema.safeParse("housing").success;
 * // => true
 * ```
 */
export const AreaIdSchema = z.enum([
  "education",
  "employment",
  "housing",
  "health-social-care-safety",
  "culture-language",
  "civil-society",
]);

/**
 * The id of one of the six areas (see {@link AreaIdSchema}).
 *
 * @category Areas
 * @example
 * ```ts
 * import type { AreaId } from "@romsk-inkludering/model";
 * const area: AreaId = "education";
 * area;
 * // => "education"
 * ```
 */
export type AreaId = z.infer<typeof AreaIdSchema>;

/**
 * The six areas of the strategy in Swedish and English (seed 001, "Sex sociala
 * områden"; `FACTS.md`). Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Areas
 * @example
 * ```ts
 * import { AREA_LABELS } from "@romsk-inkludering/model";
 * AREA_LABELS["civil-society"];
 * // => {"sv":"civilsamhällets organisering","en":"organisation of civil society"}
 * ```
 */
export const AREA_LABELS: Readonly<Record<AreaId, Readonly<Message>>> = Object.freeze({
  education: { sv: "utbildning", en: "education" },
  employment: { sv: "arbete", en: "employment" },
  housing: { sv: "bostad", en: "housing" },
  "health-social-care-safety": { sv: "hälsa, social omsorg och trygghet", en: "health, social care and safety" },
  "culture-language": { sv: "kultur och språk", en: "culture and language" },
  "civil-society": { sv: "civilsamhällets organisering", en: "organisation of civil society" },
});

/**
 * An area of the strategy with its bilingual name.
 *
 * @category Areas
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("area", {
 *   id: "housing",
 *   name: { sv: "Bostad", en: "Housing" },
 *   sources: [{ kind: "seed", file: "001_90733e24716ad9fb.txt", locator: "Sex sociala områden" }],
 * }).success;
 * // => true
 * ```
 */
export const AreaSchema = z.strictObject({
  id: AreaIdSchema.describe("Område (id): the area's id, one of education, employment, housing, health-social-care-safety, culture-language, civil-society."),
  name: BilingualSchema.describe("Namn (name): the area's name in Swedish and English, e.g. Utbildning / Education."),
  description: BilingualSchema.optional().describe("Beskrivning (description): what the strategy says about the area."),
  sources: SourcesSchema.describe("Källor (sources): where the area is defined (at least one)."),
});

/**
 * An area of the strategy (see {@link AreaSchema}).
 *
 * @category Areas
 * @example
 * ```ts
 * import type { Area } from "@romsk-inkludering/model";
 * const area: Area = { id: "employment", name: { sv: "Arbete", en: "Employment" }, sources: [{ kind: "facts", section: "The strategy" }] };
 * area.name.sv;
 * // => "Arbete"
 * ```
 */
export interface Area extends z.output<typeof AreaSchema> {}

/**
 * A principle of the strategy (`scope: "strategy"`) or of the municipal
 * work (`scope: "municipal-work"`, the four working principles).
 *
 * @category Areas
 * @example
 * ```ts
 * import { PrincipleSchema } from "@romsk-inkludering/model";
 * PrincipleSchema.safeParse({
 *   id: "roma-participation",
 *   scope: "municipal-work",
 *   name: { sv: "Romers delaktighet och inflytande", en: "Roma participation and influence" },
 *   sources: [{ kind: "seed", file: "002_45e07da4f0d67e87.txt" }],
 * }).success;
 * // => true
 * ```
 */
export const PrincipleSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the principle's kebab-case id."),
  scope: z.enum(["strategy", "municipal-work"]).describe("Gäller (scope): strategy, a principle of the strategy as a whole, or municipal-work, a working principle of the municipalities' work."),
  name: BilingualSchema.describe("Namn (name): the principle's name in Swedish and English."),
  description: BilingualSchema.optional().describe("Beskrivning (description): what the principle means in practice."),
  sources: SourcesSchema.describe("Källor (sources): where the principle is stated (at least one)."),
});

/**
 * A principle (see {@link PrincipleSchema}).
 *
 * @category Areas
 * @example
 * ```ts
 * import type { Principle } from "@romsk-inkludering/model";
 * const p: Principle = {
 *   id: "long-term-structure",
 *   scope: "municipal-work",
 *   name: { sv: "Långsiktig struktur i den kommunala förvaltningen", en: "A long-term structure in the municipal administration" },
 *   sources: [{ kind: "seed", file: "002_45e07da4f0d67e87.txt" }],
 * };
 * p.scope;
 * // => "municipal-work"
 * ```
 */
export interface Principle extends z.output<typeof PrincipleSchema> {}

/**
 * The Roma groups named in the sources: svenska romer, finska romer,
 * resande romer, utomnordiska romer, nyanlända romer.
 *
 * @category Areas
 * @example
 * ```ts
 * import { RomaGroupIdSchema } from "@romsk-inkludering/model";
 * RomaGroupIdSchema.options;
 * // => ["swedish-roma","finnish-roma","travellers","non-nordic-roma","newly-arrived-roma"]
 * ```
 */
export const RomaGroupIdSchema = z.enum([
  "swedish-roma",
  "finnish-roma",
  "travellers",
  "non-nordic-roma",
  "newly-arrived-roma",
]);

/**
 * The id of a Roma group (see {@link RomaGroupIdSchema}).
 *
 * @category Areas
 * @example
 * ```ts
 * import type { RomaGroupId } from "@romsk-inkludering/model";
 * const group: RomaGroupId = "travellers";
 * group;
 * // => "travellers"
 * ```
 */
export type RomaGroupId = z.infer<typeof RomaGroupIdSchema>;

/**
 * The five Roma groups in Swedish and English (seed 003, footnote 1). Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Areas
 * @example
 * ```ts
 * import { ROMA_GROUP_LABELS } from "@romsk-inkludering/model";
 * [ROMA_GROUP_LABELS.travellers.sv, ROMA_GROUP_LABELS["non-nordic-roma"].en];
 * // => ["resande romer","non-Nordic Roma"]
 * ```
 */
export const ROMA_GROUP_LABELS: Readonly<Record<RomaGroupId, Readonly<Message>>> = Object.freeze({
  "swedish-roma": { sv: "svenska romer", en: "Swedish Roma" },
  "finnish-roma": { sv: "finska romer", en: "Finnish Roma" },
  travellers: { sv: "resande romer", en: "Travellers" },
  "non-nordic-roma": { sv: "utomnordiska romer", en: "non-Nordic Roma" },
  "newly-arrived-roma": { sv: "nyanlända romer", en: "newly arrived Roma" },
});

/**
 * A Roma group with its bilingual name.
 *
 * @category Areas
 * @example
 * ```ts
 * import { RomaGroupSchema } from "@romsk-inkludering/model";
 * RomaGroupSchema.safeParse({
 *   id: "finnish-roma",
 *   name: { sv: "Finska romer", en: "Finnish Roma" },
 *   sources: [{ kind: "seed", file: "003_c330e8c89015faff.txt", locator: "footnote 1" }],
 * }).success;
 * // => true
 * ```
 */
export const RomaGroupSchema = z.strictObject({
  id: RomaGroupIdSchema.describe("Romsk grupp (id): swedish-roma, finnish-roma, travellers, non-nordic-roma or newly-arrived-roma."),
  name: BilingualSchema.describe("Namn (name): the group's name in Swedish and English, e.g. Resande / Travellers."),
  sources: SourcesSchema.describe("Källor (sources): where the group is named (at least one)."),
});

/**
 * A Roma group (see {@link RomaGroupSchema}).
 *
 * @category Areas
 * @example
 * ```ts
 * import type { RomaGroup } from "@romsk-inkludering/model";
 * const g: RomaGroup = { id: "swedish-roma", name: { sv: "Svenska romer", en: "Swedish Roma" }, sources: [{ kind: "facts", section: "The strategy" }] };
 * g.name.en;
 * // => "Swedish Roma"
 * ```
 */
export interface RomaGroup extends z.output<typeof RomaGroupSchema> {}

/**
 * A target group of the strategy (e.g. Roma in social and economic
 * exclusion; priority to women, children and young people).
 *
 * @category Areas
 * @example
 * ```ts
 * import { TargetGroupSchema } from "@romsk-inkludering/model";
 * TargetGroupSchema.safeParse({
 *   id: "children-and-young-people",
 *   name: { sv: "Barn och unga", en: "Children and young people" },
 *   sources: [{ kind: "facts", section: "The strategy" }],
 * }).success;
 * // => true
 * ```
 */
export const TargetGroupSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the target group's kebab-case id."),
  name: BilingualSchema.describe("Namn (name): the target group's name in Swedish and English."),
  description: BilingualSchema.optional().describe("Beskrivning (description): who the group is."),
  sources: SourcesSchema.describe("Källor (sources): where the target group is named (at least one)."),
});

/**
 * A target group (see {@link TargetGroupSchema}).
 *
 * @category Areas
 * @example
 * ```ts
 * import type { TargetGroup } from "@romsk-inkludering/model";
 * const t: TargetGroup = { id: "women", name: { sv: "Kvinnor", en: "Women" }, sources: [{ kind: "facts", section: "The strategy" }] };
 * t.id;
 * // => "women"
 * ```
 */
export interface TargetGroup extends z.output<typeof TargetGroupSchema> {}
