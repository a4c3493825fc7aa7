import type { LocalProfile } from "@romsk-inkludering/model";
import { decidedOn, seed, SEED_NETWORK_MEETING_2018 } from "./sources.js";

/** Example local profiles. @internal */
export const LOCAL_PROFILES: LocalProfile[] = [
  {
    id: "linkoping-consultation",
    actorId: "municipality-0580",
    name: "Linköpings kommuns romska samråd: två deltagare per romsk grupp, utsedda av romerna i Linköping; fler kan delta som åhörare.",
    decided: decidedOn(
      "2018-05-16",
      seed(SEED_NETWORK_MEETING_2018, "Det är romer i Linköping som utser vilka som ska delta som samrådsrepresentanter.", "The day the practice became known: the network meeting of 2018-05-16 where it was presented."),
    ),
    consultation: {
      representativesPerRomaGroup: 2,
      romaGroups: ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"],
    },
    sources: [
      seed(
        SEED_NETWORK_MEETING_2018,
        "två deltagare/romsk grupp1 men att fler kan delta som åhörare. Det är romer i Linköping som utser vilka som ska delta som samrådsrepresentanter.",
        "The practice after the pilot programme, as presented on 2018-05-16; the five groups are those of the note's footnote 1. Young people had taken part but left; youth participation is not required here.",
      ),
    ],
  },
];
