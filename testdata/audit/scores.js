// Prints a Lighthouse report's scores and LCP, and fails when the audit
// thresholds of issue 8 are not met (accessibility and best practices
// >= 95, SEO >= 90; performance is reported, not gated).
const report = require(require("path").resolve(process.argv[2]));
const min = { accessibility: 95, "best-practices": 95, seo: 90 };
let failed = false;
for (const [id, c] of Object.entries(report.categories)) {
  const score = Math.round(c.score * 100);
  const floor = min[id];
  const ok = floor === undefined || score >= floor;
  failed ||= !ok;
  console.log(`${id.padEnd(16)} ${String(score).padStart(3)}${floor ? ` (>= ${floor})` : ""}${ok ? "" : "  FAIL"}`);
}
const a = report.audits;
console.log(`LCP ${a["largest-contentful-paint"].displayValue}, FCP ${a["first-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue} (mobile emulation)`);
process.exit(failed ? 1 : 0);
