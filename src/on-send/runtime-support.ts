// Whether this JavaScript engine can run the policy engine. The on-send bundle loads everywhere
// (ES2016 syntax, scripts/onsend/es2016-plugin.js) and its patterns are ES2016 too: no
// lookbehind or named groups in the engine's sources, and \p{…} written out as ranges in this
// build (scripts/onsend/letter-classes.js), so classic Outlook on Windows before Version 2403,
// whose JavaScript-only runtime runs only ES2016 (office-js-docs-pr,
// docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md), runs the check. What the
// engine still needs from the runtime: the u flag (ES2015) and Intl time zones for its moments.
// Where either is missing, the handler applies the tenant's failureMode at once.

function unicodePatternsOk(): boolean {
  try {
    // Built at run time on purpose: a runtime without the u flag would refuse a literal when it parses the file.
    return new RegExp("^[\\u{20000}-\\u{2A6DF}]$", "u").test("\u{20000}");
  } catch {
    return false;
  }
}

function timeZonesOk(): boolean {
  try {
    const hour = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Shanghai", hour: "numeric", hourCycle: "h23" }).format(new Date(Date.UTC(2026, 0, 1, 0)));
    return Number(hour) === 8;
  } catch {
    return false;
  }
}

let cached: boolean | undefined;

/** True when the u flag and Intl time zones work here. */
export function engineCanRun(): boolean {
  if (cached === undefined) cached = unicodePatternsOk() && timeZonesOk();
  return cached;
}
