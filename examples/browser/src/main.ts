/// <reference lib="dom" />
/**
 * The page's script: validates the pasted payload with the SDK's
 * `validate`, entirely in the browser. Bundled with esbuild: only the
 * model's validation code ends up in dist/app.js (the SDK is tree-shakable).
 */
import { formatIssues, kinds, validate, type Kind } from "@romsk-inkludering/sdk";

const select = document.querySelector<HTMLSelectElement>("#kind")!;
const textarea = document.querySelector<HTMLTextAreaElement>("#payload")!;
const result = document.querySelector<HTMLPreElement>("#result")!;

for (const kind of kinds) select.add(new Option(kind, kind, kind === "annual-report", kind === "annual-report"));

function lang(): "sv" | "en" {
  return document.querySelector<HTMLInputElement>('input[name="lang"]:checked')?.value === "en" ? "en" : "sv";
}

document.querySelector("#validate")!.addEventListener("click", () => {
  let payload: unknown;
  try {
    payload = JSON.parse(textarea.value);
  } catch (error) {
    result.className = "invalid";
    result.textContent = `${lang() === "sv" ? "Ogiltig JSON" : "Invalid JSON"}: ${(error as Error).message}`;
    return;
  }
  const outcome = validate(select.value as Kind, payload);
  result.className = outcome.success ? "valid" : "invalid";
  result.textContent = outcome.success ? (lang() === "sv" ? "Giltig." : "Valid.") : formatIssues(outcome.issues, lang());
});
