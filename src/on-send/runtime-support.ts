// Whether this JavaScript engine can run the policy engine at all. The on-send bundle loads
// everywhere (ES2016 syntax, scripts/onsend/es2016-plugin.js), but the engine's patterns use
// lookbehind, named groups and Unicode property escapes (ES2018), which no transpiler can
// write in ES2016 terms; its moments need Intl time zones. Classic Outlook on Windows before
// Version 2403 runs only ES2016 in its JavaScript-only runtime (office-js-docs-pr,
// docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md). Where the engine
// cannot run, the handler applies the tenant's failureMode at once instead of checking with
// patterns that would not match.

function regExpOk(source: string, flags: string, input: string): boolean {
  try {
    // Built at run time on purpose: a literal would stop an ES2016 engine from loading the file.
    return new RegExp(source, flags).test(input);
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

/** True when lookbehind, named groups, \p{…}, the s flag and Intl time zones all work here. */
export function engineCanRun(): boolean {
  if (cached === undefined) {
    cached =
      regExpOk("(?<=a)b", "", "ab") &&
      !regExpOk("(?<!a)b", "", "ab") &&
      regExpOk("(?<word>x)\\k<word>", "", "xx") &&
      regExpOk("^\\p{L}$", "u", "字") &&
      regExpOk("a.b", "s", "a\nb") &&
      timeZonesOk();
  }
  return cached;
}
