/** Jest runs TypeScript through ts-jest; browser tests live in test/e2e and drive Chromium. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
    // PGlite's CommonJS build imports Node built-ins dynamically (see the transform's header).
    "[\\\\/]@electric-sql[\\\\/]pglite[\\\\/]dist[\\\\/].+\\.cjs$": "<rootDir>/test/support/esm-import-to-require.js",
  },
  transformIgnorePatterns: ["[\\\\/]node_modules[\\\\/](?!@electric-sql[\\\\/]pglite[\\\\/])"],
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  // @microsoft/app-manifest requires strip-bom 5, an ES module, which Node 20 loads with
  // require(esm) but Jest's module loader does not; strip-bom 4 (CommonJS) is the same function.
  moduleNameMapper: { "^strip-bom$": require.resolve("strip-bom") },
  testTimeout: 30000,
  // One seed for the property tests (see the file).
  setupFiles: ["<rootDir>/test/support/fast-check-seed.js"],
};
