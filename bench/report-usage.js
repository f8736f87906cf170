// Preloaded (node -r) into the process bench/ingest.ts measures: on exit, the main thread writes
// the process's peak resident memory in kB and its CPU time in µs (worker threads included in
// both), and how busy the main thread's event loop was (0-1; a synchronous commit counts as busy),
// to $BENCH_USAGE_FILE as JSON. Worker threads load this file too (they inherit -r) and
// write nothing.
const { isMainThread } = require('worker_threads');

if (isMainThread && process.env.BENCH_USAGE_FILE) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    const mainBusy = require('perf_hooks').performance.eventLoopUtilization().utilization;
    require('fs').writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime, mainBusy }));
  });
}
