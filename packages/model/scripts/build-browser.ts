/**
 * The browser build of the package (dist/browser/index.js, the `browser`
 * export condition): the same code as dist/index.js without the field
 * descriptions. Every `.describe("…")` of the schemas is dropped from the
 * source before it is bundled (the descriptions are documentation: they go
 * into the shipped JSON Schemas, the payload reference and the TypeDoc, all
 * made from the full build; validation never reads them). An app that only
 * validates then ships about 40 kB less. See DESIGN.md, "Field descriptions
 * stay out of the browser build".
 *
 *   node --import tsx scripts/build-browser.ts     (after the main build)
 */
import { readFileSync } from "node:fs";
import { build } from "tsup";
import { stripDescriptions } from "./strip-descriptions.js";

await build({
  // One output file per source file (not one bundle): an app's bundler
  // then drops whole modules a validate-only app never reaches (the
  // output schemas, JSON Schema generation…), as the package's
  // `"sideEffects": false` allows; inside one bundled file it would have to
  // keep every top-level schema, since a call to zod may have effects.
  entry: ["src/*.ts"],
  bundle: false,
  outDir: "dist/browser",
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  sourcemap: true,
  clean: false,
  dts: false,
  silent: true,
  // As in the main build: a frozen table no one reads is dropped.
  pure: ["Object.freeze"],
  esbuildPlugins: [
    {
      name: "strip-descriptions",
      setup(b) {
        b.onLoad({ filter: /[\\/]packages[\\/]model[\\/]src[\\/].*\.ts$/ }, (args) => ({
          contents: stripDescriptions(readFileSync(args.path, "utf8"), args.path),
          loader: "ts",
        }));
      },
    },
  ],
});
console.log("build-browser: dist/browser/index.js (no field descriptions)");
