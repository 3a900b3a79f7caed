/**
 * `npm run test:fast`: the unit tests. Left out, and run by `npm test`: the browser tests, the
 * tests that read or make a build (dist/, dist-dev/, a webpack run), the corpus-scale runs
 * (SpamAssassin, the evaluation corpus) and the service run as a process killed and restarted.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/cli/dist-cli\\.test\\.ts$",
    "<rootDir>/test/cli/report-dist\\.test\\.ts$",
    "<rootDir>/test/on-send/bundle\\.test\\.ts$",
    "<rootDir>/test/deploy/production-pages\\.test\\.ts$",
    "<rootDir>/test/manifest/manifest\\.test\\.ts$",
    "<rootDir>/test/robustness/",
    "<rootDir>/test/eval/regression\\.test\\.ts$",
    "<rootDir>/test/server/restart\\.test\\.ts$",
  ],
};
