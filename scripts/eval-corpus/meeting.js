// One meeting spec → the bytes of its .ics (RFC 5545: CRLF, lines folded at 75 octets,
// TEXT escaped) as the tool that produced it writes an invitation: Outlook with Windows zone
// names and its X-MICROSOFT-CDO properties, X-ALT-DESC HTML and the Teams URL property;
// Google with times in UTC (a series: TZID with X-LIC-LOCATION) and X-GOOGLE-CONFERENCE;
// the Chinese tools and Zoom/Webex with an IANA VTIMEZONE and the URL in LOCATION or URL.
const { TOOLS } = require("./meeting-tools");
const { icsUtc, icsLocal, formatMoment } = require("./dates");
const { escapeHtml } = require("./text");
const { SpecError } = require("./spec");
const M = require("./mime");

/** Windows zone names Outlook writes, with the rules of their VTIMEZONE (offsets in minutes). */
const ZONES = {
  "Asia/Shanghai": { windows: "China Standard Time", std: 480 },
  "Asia/Hong_Kong": { windows: "China Standard Time", std: 480 },
  "Asia/Taipei": { windows: "Taipei Standard Time", std: 480 },
  "Asia/Singapore": { windows: "Singapore Standard Time", std: 480 },
  "Asia/Tokyo": { windows: "Tokyo Standard Time", std: 540 },
  UTC: { windows: "UTC", std: 0 },
  "Europe/London": { windows: "GMT Standard Time", std: 0, dst: 60, eu: true },
  "Europe/Berlin": { windows: "W. Europe Standard Time", std: 60, dst: 120, eu: true },
  "America/New_York": { windows: "Eastern Standard Time", std: -300, dst: -240, us: true },
  "America/Los_Angeles": { windows: "Pacific Standard Time", std: -480, dst: -420, us: true },
};

const off = (min) => `${min < 0 ? "-" : "+"}${String(Math.floor(Math.abs(min) / 60)).padStart(2, "0")}${String(Math.abs(min) % 60).padStart(2, "0")}`;

function vtimezone(tzid, zone, { ianaLocation = false } = {}) {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${tzid}`];
  if (ianaLocation) lines.push(`X-LIC-LOCATION:${tzid}`);
  if (!zone.dst) return [...lines, "BEGIN:STANDARD", "DTSTART:16010101T000000", `TZOFFSETFROM:${off(zone.std)}`, `TZOFFSETTO:${off(zone.std)}`, "END:STANDARD", "END:VTIMEZONE"];
  const rule = zone.us ? ["BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3", "T020000"] : ["BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3", zone.std === 0 ? "T020000" : "T030000"];
  return [...lines, "BEGIN:STANDARD", `DTSTART:16010101${rule[2]}`, `TZOFFSETFROM:${off(zone.dst)}`, `TZOFFSETTO:${off(zone.std)}`, `RRULE:FREQ=YEARLY;${rule[0]}`, "END:STANDARD", "BEGIN:DAYLIGHT", `DTSTART:16010101${zone.us ? "T020000" : zone.std === 0 ? "T010000" : "T020000"}`, `TZOFFSETFROM:${off(zone.std)}`, `TZOFFSETTO:${off(zone.dst)}`, `RRULE:FREQ=YEARLY;${rule[1]}`, "END:DAYLIGHT", "END:VTIMEZONE"];
}

/** RFC 5545 §3.3.11 TEXT escaping. */
const escText = (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
const escParam = (s) => (/[;:,]/.test(s) ? `"${s.replace(/"/g, "'")}"` : s);

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line) {
  const out = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

function person(prop, p, extra) {
  return `${prop};${extra ? `${extra};` : ""}CN=${escParam(p.name || p.address)}:mailto:${p.address}`;
}

function whenText(m) {
  if (m.start.date) return m.start.date;
  const s = formatMoment(m.start, "isoMinutes").replace(/-/g, "/");
  const e = formatMoment(m.end, "isoMinutes").slice(11);
  return `${s}-${e} (GMT${m.start.offset})`;
}

function descriptionOf(m, tool, rnd, ui, url) {
  const block = m.online && tool.block ? tool.block(m, rnd, ui, url, whenText(m)) : null;
  const text = [m.description, ...(block ? ["", ...block.text] : [])].join("\n").replace(/^\n+/, "");
  return { text, block };
}

function altDesc(m, block) {
  const paras = m.description.split(/\n{2,}/).map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`).join("\n");
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${paras}</div>${block?.html ?? ""}</body></html>`;
}

function timeProps(m, tool, zone) {
  if (m.start.date) {
    return [`DTSTART;VALUE=DATE:${m.start.date.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${m.end.date.replace(/-/g, "")}`];
  }
  if (m.tool === "google" && !m.rrule) return [`DTSTART:${icsUtc(m.start.iso)}`, `DTEND:${icsUtc(m.end.iso)}`];
  const tzid = tool.outlook ? zone.windows : m.tz;
  return [`DTSTART;TZID=${escParam(tzid)}:${icsLocal(m.start.iso, m.tz)}`, `DTEND;TZID=${escParam(tzid)}:${icsLocal(m.end.iso, m.tz)}`];
}

function attachProps(m) {
  return m.attachments.map((a) => {
    if (a.url) return `ATTACH${a.name ? `;X-FILENAME=${escParam(a.name)}` : ""}:${a.url}`;
    return `ATTACH;FMTTYPE=${a.contentType};X-FILENAME=${escParam(a.name)};SIZE=${a.bytes}:cid:${a.name.replace(/[^\w.-]/g, "")}@contoso.com`;
  });
}

function renderMeeting(m) {
  const tool = TOOLS[m.tool];
  const rnd = M.seeded(m.id);
  const ui = m.lang === "en" ? "en" : m.lang === "zh-TW" ? "zh-TW" : "zh-CN";
  const zone = ZONES[m.tz];
  if (!zone && !m.start.date) throw new SpecError(m.file, 0, `tz: ${m.tz} has no VTIMEZONE rules here (known: ${Object.keys(ZONES).join(", ")})`);
  const url = m.online ? m.url ?? tool.url(rnd) : m.url ?? "";
  const { text, block } = descriptionOf(m, tool, rnd, ui, url);
  const lang = tool.outlook ? `;LANGUAGE=${ui}` : "";
  const lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", `PRODID:${tool.prodid}`, "VERSION:2.0"];
  if (m.tool === "google") lines.push("CALSCALE:GREGORIAN");
  const usesZone = !m.start.date && !(m.tool === "google" && !m.rrule);
  if (usesZone) lines.push(...vtimezone(tool.outlook ? zone.windows : m.tz, zone, { ianaLocation: !tool.outlook }));
  lines.push("BEGIN:VEVENT", person("ORGANIZER", m.organizer));
  for (const p of m.required) lines.push(person("ATTENDEE", p, "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"));
  for (const p of m.optional) lines.push(person("ATTENDEE", p, "ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"));
  lines.push(`DESCRIPTION${lang}:${escText(text)}`);
  lines.push(`UID:${tool.outlook ? `040000008200E00074C5B7101A82E00800000000${rnd.hex("uid", 72, true)}` : m.tool === "google" ? `${rnd.lower("uid", 26)}@google.com` : rnd.uuid("uid", false)}`);
  lines.push(`SUMMARY${lang}:${escText(m.subject)}`, ...timeProps(m, tool, zone));
  if (m.rrule) lines.push(`RRULE:${m.rrule}`);
  lines.push("CLASS:PUBLIC", `PRIORITY:${m.priority ?? 5}`, `DTSTAMP:${icsUtc(m.booked.iso)}`, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0");
  const location = m.location || (m.online && m.tool === "outlook-teams" ? { en: "Microsoft Teams Meeting", "zh-CN": "Microsoft Teams 会议", "zh-TW": "Microsoft Teams 會議" }[ui] : m.online && m.tool === "zoom" ? url : "");
  if (location) lines.push(`LOCATION${lang}:${escText(location)}`);
  if (m.online && url && ["tencent-meeting", "feishu", "dingtalk", "webex"].includes(m.tool)) lines.push(`URL:${url}`);
  if (m.online && m.tool === "google") lines.push(`X-GOOGLE-CONFERENCE:${url}`);
  lines.push(...attachProps(m));
  if (tool.outlook) {
    lines.push("X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", `X-MICROSOFT-CDO-ALLDAYEVENT:${m.start.date ? "TRUE" : "FALSE"}`, `X-MICROSOFT-CDO-IMPORTANCE:${m.priority && m.priority <= 4 ? 2 : m.priority && m.priority >= 6 ? 0 : 1}`, "X-MICROSOFT-CDO-INSTTYPE:0");
    if (m.online && m.tool === "outlook-teams") lines.push(`X-MICROSOFT-SKYPETEAMSMEETINGURL:${url}`, "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/v1/meetings/update", "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting@thread.v2\"\\,\"rid\":0\\,\"mid\":0\\,\"uid\":null\\,\"private\":true\\,\"type\":0}");
    lines.push("X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE");
    lines.push(`X-ALT-DESC;FMTTYPE=text/html:${escText(m.html ?? altDesc(m, block))}`);
  } else if (m.html) lines.push(`X-ALT-DESC;FMTTYPE=text/html:${escText(m.html)}`);
  if (m.reminder !== undefined) {
    const trigger = m.tool === "google" ? `-P0DT${Math.floor(m.reminder / 60)}H${m.reminder % 60}M0S` : `-PT${m.reminder}M`;
    lines.push("BEGIN:VALARM", m.tool === "google" ? "ACTION:DISPLAY" : "DESCRIPTION:REMINDER", `TRIGGER${tool.outlook ? ";RELATED=START" : ""}:${trigger}`, m.tool === "google" ? "DESCRIPTION:This is an event reminder" : "ACTION:DISPLAY", "END:VALARM");
  }
  lines.push("END:VEVENT", "END:VCALENDAR");
  return Buffer.from(`${lines.map(fold).join("\r\n")}\r\n`, "utf8");
}

module.exports = { renderMeeting };
