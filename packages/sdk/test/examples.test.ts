/**
 * The package's documentation: every export has TSDoc with a summary, an
 * `@example` and a `@category`, and every example runs and states true
 * results (scripts/doc-examples.ts).
 */
import { describePackageDocs } from "../../../scripts/doc-examples.js";

describePackageDocs(import.meta.url, 15);
