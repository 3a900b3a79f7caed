#!/usr/bin/env node
// Prints "N passed, N failed[, N skipped]" from Jest's --json output (CI reads this line).
const fs = require("fs");
const file = process.argv[2] || "test-output/jest-results.json";
let results;
try {
  results = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (e) {
  console.error(`no Jest results in ${file}: ${e.message}`);
  process.exit(1);
}
const failedSuites = results.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
const passed = results.numPassedTests;
const failed = results.numFailedTests + failedSuites;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (results.numTotalTests === 0) process.exit(1);
