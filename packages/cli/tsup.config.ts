import { defineConfig } from "tsup";

// The build script's flags (package.json) say the rest. `romsk validate`'s fast path (src/fast.ts) bundles the
// model's zod-free checks and the calendar they use instead of importing them: two modules and three package
// lookups fewer at every start of the command, for the 4 kB of code they are.
export default defineConfig({
  noExternal: [/^@romsk-inkludering\/model\/scan$/, /^@romsk-inkludering\/calendar$/],
});
