// Preloaded (node -r) into the process bench/ingest.ts measures: on exit, the main thread writes the
// process's peak resident memory (worker threads included) in kB to $PEAK_RSS_FILE. Worker threads
// load this file too (they inherit -r) and write nothing.
const { isMainThread } = require('worker_threads');

if (isMainThread && process.env.PEAK_RSS_FILE) {
  process.on('exit', () => require('fs').writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
