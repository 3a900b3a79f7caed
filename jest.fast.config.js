/**
 * `npm run test:fast`: the unit tests, in process, on every core. Left out, and run by
 * `npm test`: the browser tests, the tests that read or make a build (dist/, dist-dev/, a
 * webpack run), the runs at corpus or stress scale (SpamAssassin, the evaluation corpus's
 * gate, the 50 MB bodies that once stalled the engine), and the compliance service with its
 * database, driven over HTTP (and killed and restarted as a process).
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  maxWorkers: "100%",
  testPathIgnorePatterns: [
    "/node_modules/",
    // A browser.
    "<rootDir>/test/e2e/",
    // A build.
    "<rootDir>/test/cli/dist-cli\\.test\\.ts$",
    "<rootDir>/test/cli/report-dist\\.test\\.ts$",
    "<rootDir>/test/on-send/bundle\\.test\\.ts$",
    "<rootDir>/test/on-send/bundle-syntax\\.test\\.ts$",
    "<rootDir>/test/deploy/production-pages\\.test\\.ts$",
    "<rootDir>/test/manifest/manifest\\.test\\.ts$",
    // Corpus or stress scale.
    "<rootDir>/test/robustness/",
    "<rootDir>/test/eval/regression\\.test\\.ts$",
    "<rootDir>/test/policy/stalls\\.test\\.ts$",
    // The service and its database over HTTP.
    "<rootDir>/test/server/",
    "<rootDir>/test/compliance/client\\.test\\.ts$",
  ],
};
