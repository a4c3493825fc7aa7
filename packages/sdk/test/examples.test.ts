/** Every `@example` in the TSDoc of the package runs and states true results. */
import { describeTsdocExamples } from "../../../scripts/doc-examples.js";

describeTsdocExamples("@romsk-inkludering/sdk", new URL("../src/", import.meta.url), 14);
