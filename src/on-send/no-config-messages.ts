// Stands in for src/policy/config-messages.ts in the on-send bundle (scripts/onsend/build.js):
// the on-send run never shows why a policy file is invalid, so zod's English texts stay out.
export {};
