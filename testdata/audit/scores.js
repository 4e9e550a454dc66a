// Prints Lighthouse reports' scores and the main thread's longest tasks,
// page by page, and the median of each page's runs: this machine's timings
// are noisy (two cores, shared), one run says little. Fails when a page's
// median misses the audit thresholds of issue 8 (accessibility and best
// practices >= 95, SEO >= 90). Performance, total blocking time and the
// longest task are set against issue 15's budgets (>= 90, <= 300 ms,
// <= 250 ms) and reported, not gated: they move with the machine's load.
//
//   node scores.js REPORT.json…
const path = require("path");
const min = { accessibility: 95, "best-practices": 95, seo: 90 };
const budget = { performance: 90, tbt: 300, task: 250 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;

// The main thread's tasks over 50 ms, longest first (Lighthouse's
// long-tasks audit, which attributes each to a script).
function tasks(report) {
  const items = report.audits["long-tasks"]?.details?.items ?? [];
  return items
    .map((t) => ({ ms: t.duration, at: t.startTime, what: t.url ? path.basename(String(t.url)) : "" }))
    .sort((a, b) => b.ms - a.ms);
}

const pages = new Map();
for (const file of process.argv.slice(2)) {
  const report = require(path.resolve(file));
  const url = new URL(report.requestedUrl).pathname;
  if (report.runtimeError || report.categories.performance.score === null) {
    console.log(`${file}: the run failed (${report.runtimeError?.code ?? "no score"}); left out`);
    continue;
  }
  if (!pages.has(url)) pages.set(url, []);
  pages.get(url).push(report);
}

let failed = false;
for (const [url, runs] of pages) {
  console.log(`\n${url}: ${runs.length} run(s), Lighthouse ${runs[0].lighthouseVersion}, mobile emulation`);
  for (const [i, r] of runs.entries()) {
    const a = r.audits;
    const list = tasks(r).map((t) => `${Math.round(t.ms)}${t.what ? ` (${t.what})` : ""}`).join(", ");
    console.log(
      `  run ${i + 1}: performance ${Math.round(r.categories.performance.score * 100)}, ` +
        `TBT ${ms(a["total-blocking-time"].numericValue)}, LCP ${a["largest-contentful-paint"].displayValue}, ` +
        `CLS ${a["cumulative-layout-shift"].displayValue}; tasks over 50 ms: ${list || "none"}`
    );
  }
  const perf = median(runs.map((r) => r.categories.performance.score * 100));
  const tbt = median(runs.map((r) => r.audits["total-blocking-time"].numericValue));
  const longest = median(runs.map((r) => tasks(r)[0]?.ms ?? 0));
  const mark = (ok) => (ok ? "" : "  OVER BUDGET");
  console.log(`  median: performance ${Math.round(perf)} (>= ${budget.performance})${mark(perf >= budget.performance)}`);
  console.log(`  median: total blocking time ${ms(tbt)} (<= ${budget.tbt} ms)${mark(tbt <= budget.tbt)}`);
  console.log(`  median: longest task ${ms(longest)} (<= ${budget.task} ms)${mark(longest <= budget.task)}`);
  for (const id of Object.keys(runs[0].categories)) {
    if (id === "performance") continue;
    const score = Math.round(median(runs.map((r) => r.categories[id].score * 100)));
    const ok = score >= (min[id] ?? 0);
    failed ||= !ok;
    console.log(`  median: ${id.padEnd(15)} ${String(score).padStart(3)}${min[id] ? ` (>= ${min[id]})` : ""}${ok ? "" : "  FAIL"}`);
  }
}
process.exit(failed ? 1 : 0);
