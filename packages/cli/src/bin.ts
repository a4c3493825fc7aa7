#!/usr/bin/env node
// The romsk binary: the process's arguments and streams into run(), its exit code out.
import { run } from "./index.js";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `romsk ... | head` closes the pipe early: not an error of ours.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
void run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, { debug: process.env["ROMSK_DEBUG"] !== undefined }).then((code) => {
  process.exitCode = code;
});
