// Preloaded with `node -r` into a benchmarked child process: on exit it
// writes the process's own CPU time (user + system, microseconds, start-up
// included) and peak resident memory to standard error, for the parent to read.
"use strict";
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nbench_cpu_us=${user + system} bench_maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});
