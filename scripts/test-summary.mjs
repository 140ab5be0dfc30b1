// Prints one closing line "tests: N passed, N failed, N skipped" from the JSON
// reports that Vitest and Playwright write under the given folder in CI.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const folder = process.argv[2] ?? "reports";
let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = path.join(folder, "vitest.json");
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

const playwrightFile = path.join(folder, "playwright.json");
if (existsSync(playwrightFile)) {
  const stats = JSON.parse(readFileSync(playwrightFile, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
