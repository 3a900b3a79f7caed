/**
 * The property tests' seed. `npm test` decides whether a submission lands, so it draws the same
 * cases every run: a failure there is a change in the code, not a new draw. Fresh cases are
 * drawn by `npm run fuzz` (FC_SEED=random, many rounds), which prints the seed of any failure;
 * FC_SEED=<number> replays one.
 */
const fc = require("fast-check");

const FIXED_SEED = 20261202;
const asked = process.env.FC_SEED;
const seed = asked === "random" ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : asked ? Number(asked) : FIXED_SEED;
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${asked}`);
fc.configureGlobal({ seed });
