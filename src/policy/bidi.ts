// User text (a file name, a display name, a subject) shown inside a sentence is isolated: a
// right-to-left override (U+202E) or embedding in it would otherwise run on to the end of the
// line, so "report‮xslx.exe" reads as "reportexe.xlsx" and reverses the words after it.
// One implementation serves every face (the panes, the engine's messages, the CLI):
// display-text.ts, which also balances the isolates a name leaves open or closes early.

export { changesDirection, FSI, isolate as isolateBidi, PDI } from "./display-text";
