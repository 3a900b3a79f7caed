// Outlook and Exchange name zones the Windows way ("China Standard Time") and normally send the
// VTIMEZONE that defines them; exports that leave it out (a copied VEVENT, some sync tools, the
// Graph API's ics feed) leave the name undefined, and reading it as the policy's zone moved a
// 09:00 Pacific meeting to 09:00 Shanghai time. The names are looked up in CLDR's windowsZones
// table (the zones people in and around the company meet in); Outlook 2007's display names
// ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", "(GMT-08:00) Pacific Time") fall back to
// the offset they state.

const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  "china standard time": "Asia/Shanghai",
  "taipei standard time": "Asia/Taipei",
  "singapore standard time": "Asia/Singapore",
  "tokyo standard time": "Asia/Tokyo",
  "korea standard time": "Asia/Seoul",
  "india standard time": "Asia/Kolkata",
  "se asia standard time": "Asia/Bangkok",
  "w. australia standard time": "Australia/Perth",
  "aus eastern standard time": "Australia/Sydney",
  "new zealand standard time": "Pacific/Auckland",
  "arabian standard time": "Asia/Dubai",
  "russian standard time": "Europe/Moscow",
  "utc": "UTC",
  "gmt standard time": "Europe/London",
  "greenwich standard time": "Atlantic/Reykjavik",
  "w. europe standard time": "Europe/Berlin",
  "romance standard time": "Europe/Paris",
  "central europe standard time": "Europe/Budapest",
  "central european standard time": "Europe/Warsaw",
  "e. europe standard time": "Europe/Chisinau",
  "fle standard time": "Europe/Kiev",
  "gtb standard time": "Europe/Bucharest",
  "turkey standard time": "Europe/Istanbul",
  "israel standard time": "Asia/Jerusalem",
  "south africa standard time": "Africa/Johannesburg",
  "eastern standard time": "America/New_York",
  "central standard time": "America/Chicago",
  "mountain standard time": "America/Denver",
  "us mountain standard time": "America/Phoenix",
  "pacific standard time": "America/Los_Angeles",
  "alaskan standard time": "America/Anchorage",
  "hawaiian standard time": "Pacific/Honolulu",
  "canada central standard time": "America/Regina",
  "atlantic standard time": "America/Halifax",
  "e. south america standard time": "America/Sao_Paulo",
  "sa pacific standard time": "America/Bogota",
  "central standard time (mexico)": "America/Mexico_City",
};

const STATED_OFFSET = /^\(?(?:utc|gmt)\s?([+-])(\d{1,2})(?::?(\d{2}))?\)?(?:\s|$)/i;

/** The IANA zone a Windows zone name stands for. */
export function windowsZone(name: string): string | undefined {
  return WINDOWS_TO_IANA[name.trim().toLowerCase()];
}

/** Minutes east of UTC that a display name such as "(UTC+08:00) Beijing, …" states. */
export function statedOffset(name: string): number | undefined {
  const m = STATED_OFFSET.exec(name.trim());
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? undefined : m[1] === "-" ? -minutes : minutes;
}
