// A spec file → a mail or meeting object the renderers take. Mail or meeting is decided by
// the key the spec carries: `client:` (mail) or `tool:` (meeting).
const S = require("./spec");

const CHARSETS = ["utf-8", "gbk", "gb18030", "big5"];
const TRANSFERS = ["base64", "quoted-printable", "8bit"];
const QUOTE_KEYS = { from: "from", sent: "sent", date: "sent", to: "to", cc: "cc", subject: "subject" };

function parseSpec(file, text, ruleIds = S.knownRuleIds()) {
  const { header, sections } = S.splitSpec(file, text);
  const keys = new Set(header.map((h) => h.key));
  if (keys.has("tool") && keys.has("client")) throw new S.SpecError(file, 0, 'a spec has "client:" (mail) or "tool:" (meeting), not both');
  if (keys.has("tool")) return parseMeeting(file, header, sections, ruleIds);
  if (keys.has("client")) return parseMail(file, header, sections, ruleIds);
  throw new S.SpecError(file, 0, 'missing "client:" (a mail) or "tool:" (a meeting)');
}

function checkSections(file, sections, allowed) {
  for (const s of sections) {
    if (!allowed.includes(s.name)) throw new S.SpecError(file, s.line, `unknown section "--- ${s.name}" (allowed: ${allowed.join(", ")})`);
    if (s.name !== "quote" && sections.filter((o) => o.name === s.name).length > 1) throw new S.SpecError(file, s.line, `"--- ${s.name}" is given twice`);
  }
}

const sectionText = (sections, name) => {
  const s = sections.find((x) => x.name === name);
  return s ? s.lines.join("\n") : undefined;
};

function parseQuote(file, section) {
  const style = section.options;
  if (style !== "reply" && style !== "forward") throw new S.SpecError(file, section.line, `"--- quote ${style}": the style is reply or forward`);
  const quote = { style, from: null, sent: null, to: [], cc: [], subject: "", text: "", line: section.line };
  let i = 0;
  for (; i < section.lines.length; i++) {
    const raw = section.lines[i];
    if (raw.trim() === "") break;
    const m = /^(\w+):\s*(.*)$/.exec(raw);
    const key = m ? QUOTE_KEYS[m[1].toLowerCase()] : undefined;
    const line = section.line + 1 + i;
    if (!key) throw new S.SpecError(file, line, `quote header: expected From:, Sent: (or Date:), To:, Cc: or Subject:, got ${JSON.stringify(raw.slice(0, 60))}`);
    if (key === "from") quote.from = S.parsePeople(file, line, m[2])[0] ?? null;
    else if (key === "to" || key === "cc") quote[key] = S.parsePeople(file, line, m[2]);
    else if (key === "sent") quote.sent = /^\d{4}-\d{2}-\d{2}T/.test(m[2]) ? S.parseMoment(file, line, "Sent", m[2]) : { text: m[2] };
    else quote.subject = m[2];
  }
  if (!quote.from) throw new S.SpecError(file, section.line, "a quote starts with a From: line");
  if (!quote.sent) throw new S.SpecError(file, section.line, "a quote needs a Sent: (or Date:) line");
  quote.text = section.lines.slice(i + 1).join("\n");
  return quote;
}

function parseMail(file, header, sections, ruleIds) {
  const map = S.headerMap(file, header, S.MAIL_KEYS);
  const r = S.reader(file, map);
  const common = S.commonFields(file, r, ruleIds, "mail");
  checkSections(file, sections, S.MAIL_SECTIONS);
  const client = r.oneOf("client", S.MAIL_CLIENTS);
  const from = S.parsePeople(file, r.lineOf("from"), r.required("from"));
  if (from.length !== 1) throw new S.SpecError(file, r.lineOf("from"), "from: exactly one sender");
  const body = sectionText(sections, "body");
  const html = sectionText(sections, "html");
  if (body === undefined && html === undefined) throw new S.SpecError(file, 0, 'missing "--- body" section');
  const attachments = r.entries("attach").map((e) => S.parseAttach(file, e, "mail"));
  const cids = new Set(attachments.filter((a) => a.cid).map((a) => a.cid));
  const quotes = sections.filter((s) => s.name === "quote").map((s) => parseQuote(file, s));
  for (const s of sections) {
    for (const [, cid] of s.lines.join("\n").matchAll(/\{\{img ([\w.-]+)\}\}/g)) {
      if (!cids.has(cid)) throw new S.SpecError(file, s.line, `{{img ${cid}}}: no "attach:" line has cid=${cid}`);
    }
  }
  return {
    kind: "mail",
    file,
    ...common,
    client,
    ui: r.oneOf("ui", ["en", "zh-CN", "zh-TW"]),
    charset: r.oneOf("charset", CHARSETS),
    transfer: r.oneOf("transfer", TRANSFERS),
    format: r.oneOf("format", ["html", "text", "both"], "html"),
    from: from[0],
    to: S.parsePeople(file, r.lineOf("to"), r.get("to", "")),
    cc: S.parsePeople(file, r.lineOf("cc"), r.get("cc", "")),
    bcc: S.parsePeople(file, r.lineOf("bcc"), r.get("bcc", "")),
    date: S.parseMoment(file, r.lineOf("date"), "date", r.required("date")),
    subject: r.get("subject", ""),
    importance: r.oneOf("importance", ["high", "low", "normal"], "normal"),
    sensitivity: r.get("sensitivity", ""),
    attachments,
    body: body ?? "",
    signature: sectionText(sections, "signature") ?? "",
    disclaimer: sectionText(sections, "disclaimer") ?? "",
    quotes,
    html,
  };
}

function parseMeeting(file, header, sections, ruleIds) {
  const map = S.headerMap(file, header, S.MEETING_KEYS);
  const r = S.reader(file, map);
  const common = S.commonFields(file, r, ruleIds, "meeting");
  checkSections(file, sections, S.MEETING_SECTIONS);
  const organizer = S.parsePeople(file, r.lineOf("organizer"), r.required("organizer"));
  if (organizer.length !== 1) throw new S.SpecError(file, r.lineOf("organizer"), "organizer: exactly one person");
  const start = S.parseMoment(file, r.lineOf("start"), "start", r.required("start"), { allowDate: true });
  const end = S.parseMoment(file, r.lineOf("end"), "end", r.required("end"), { allowDate: true });
  if (Boolean(start.date) !== Boolean(end.date)) throw new S.SpecError(file, r.lineOf("end"), "start and end are both dates (all day) or both moments");
  const reminder = r.get("reminder");
  if (reminder !== undefined && !/^\d+$/.test(reminder)) throw new S.SpecError(file, r.lineOf("reminder"), "reminder: whole minutes, e.g. 15");
  const priority = r.get("priority");
  if (priority !== undefined && !/^[1-9]$/.test(priority)) throw new S.SpecError(file, r.lineOf("priority"), "priority: 1 (highest) to 9");
  const tz = r.get("tz", "Asia/Shanghai");
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
  } catch {
    throw new S.SpecError(file, r.lineOf("tz"), `tz: "${tz}" is not an IANA time zone`);
  }
  const url = r.get("url");
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new S.SpecError(file, r.lineOf("url"), "url: an http(s) URL");
  return {
    kind: "meeting",
    file,
    ...common,
    tool: r.oneOf("tool", S.MEETING_TOOLS),
    organizer: organizer[0],
    required: S.parsePeople(file, r.lineOf("required"), r.get("required", "")),
    optional: S.parsePeople(file, r.lineOf("optional"), r.get("optional", "")),
    booked: S.parseMoment(file, r.lineOf("booked"), "booked", r.required("booked")),
    start,
    end,
    tz,
    location: r.get("location", ""),
    online: r.oneOf("online", ["yes", "no"], "no") === "yes",
    url,
    reminder: reminder === undefined ? undefined : Number(reminder),
    priority: priority === undefined ? undefined : Number(priority),
    attachments: r.entries("attach").map((e) => S.parseAttach(file, e, "meeting")),
    subject: r.get("subject", ""),
    rrule: r.get("rrule"),
    description: sectionText(sections, "description") ?? "",
    html: sectionText(sections, "html"),
  };
}

module.exports = { parseSpec };
