// A spec moment (ISO with offset) as the wall clock of the sender, and the ways mail
// clients print it in their reply headers (each client, each UI language).

const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ZH_DAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** Wall-clock fields of the moment in its own offset. */
function wall(moment) {
  if (moment.text) return null;
  const offsetMinutes = offsetToMinutes(moment.offset);
  const shifted = new Date(Date.parse(moment.iso) + offsetMinutes * 60000);
  return {
    y: shifted.getUTCFullYear(),
    mo: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    h: shifted.getUTCHours(),
    mi: shifted.getUTCMinutes(),
    s: shifted.getUTCSeconds(),
    dow: shifted.getUTCDay(),
    offsetMinutes,
  };
}

function offsetToMinutes(offset) {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const h12 = (w) => ((w.h + 11) % 12) + 1;
const ampm = (w) => (w.h < 12 ? "AM" : "PM");
const zhAmPm = (w) => (w.h < 12 ? "上午" : "下午");
const hhmm = (w) => `${pad(w.h)}:${pad(w.mi)}`;

/** RFC 5322 date: `Tue, 24 Nov 2026 10:15:00 +0800`. */
function rfc5322(moment) {
  const w = wall(moment);
  const sign = w.offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(w.offsetMinutes);
  return `${EN_DAYS[w.dow].slice(0, 3)}, ${w.d} ${EN_MONTHS[w.mo - 1].slice(0, 3)} ${w.y} ${hhmm(w)}:${pad(w.s)} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Names of the formats; each client picks one per UI language. */
const FORMATS = {
  // Outlook for Windows / the web: "Monday, November 23, 2026 3:20 PM"
  enLong: (w) => `${EN_DAYS[w.dow]}, ${EN_MONTHS[w.mo - 1]} ${w.d}, ${w.y} ${h12(w)}:${pad(w.mi)} ${ampm(w)}`,
  // Outlook for Mac: "Monday, November 23, 2026 at 3:20 PM"
  enLongAt: (w) => `${EN_DAYS[w.dow]}, ${EN_MONTHS[w.mo - 1]} ${w.d}, ${w.y} at ${h12(w)}:${pad(w.mi)} ${ampm(w)}`,
  // Gmail: "Mon, Nov 23, 2026 at 3:20 PM"
  enGmail: (w) => `${EN_DAYS[w.dow].slice(0, 3)}, ${EN_MONTHS[w.mo - 1].slice(0, 3)} ${w.d}, ${w.y} at ${h12(w)}:${pad(w.mi)} ${ampm(w)}`,
  // Apple Mail: "Nov 23, 2026, at 3:20 PM"
  enApple: (w) => `${EN_MONTHS[w.mo - 1].slice(0, 3)} ${w.d}, ${w.y}, at ${h12(w)}:${pad(w.mi)} ${ampm(w)}`,
  // Thunderbird (en-US): "11/23/2026 3:20 PM"
  enNumeric: (w) => `${w.mo}/${w.d}/${w.y} ${h12(w)}:${pad(w.mi)} ${ampm(w)}`,
  // Tencent (QQ Mail, Exmail) in English: "Mon, Nov 23, 2026 03:20 PM"
  enTencent: (w) => `${EN_DAYS[w.dow].slice(0, 3)}, ${EN_MONTHS[w.mo - 1].slice(0, 3)} ${w.d}, ${w.y} ${pad(h12(w))}:${pad(w.mi)} ${ampm(w)}`,
  // Outlook zh-CN: "2026年11月23日 15:20"
  zhYmdHm: (w) => `${w.y}年${w.mo}月${w.d}日 ${hhmm(w)}`,
  // Outlook zh-TW: "2026年11月23日 下午 03:20"
  zhTwOutlook: (w) => `${w.y}年${w.mo}月${w.d}日 ${zhAmPm(w)} ${pad(h12(w))}:${pad(w.mi)}`,
  // Outlook for Mac zh: "2026年11月23日 星期一 下午3:20"
  zhMac: (w) => `${w.y}年${w.mo}月${w.d}日 星期${ZH_DAYS[w.dow]} ${zhAmPm(w)}${h12(w)}:${pad(w.mi)}`,
  // Gmail zh-TW: "2026年11月23日週一 下午3:20"
  zhTwGmail: (w) => `${w.y}年${w.mo}月${w.d}日週${ZH_DAYS[w.dow]} ${zhAmPm(w)}${h12(w)}:${pad(w.mi)}`,
  // Gmail zh-CN: "2026年11月23日周一 下午3:20"
  zhCnGmail: (w) => `${w.y}年${w.mo}月${w.d}日周${ZH_DAYS[w.dow]} ${zhAmPm(w)}${h12(w)}:${pad(w.mi)}`,
  // Apple Mail zh: "2026年11月23日 下午3:20"
  zhApple: (w) => `${w.y}年${w.mo}月${w.d}日 ${zhAmPm(w)}${h12(w)}:${pad(w.mi)}`,
  // Thunderbird zh-TW: "2026/11/23 下午 03:20"; zh-CN: "2026/11/23 15:20"
  zhTwSlash: (w) => `${w.y}/${w.mo}/${w.d} ${zhAmPm(w)} ${pad(h12(w))}:${pad(w.mi)}`,
  zhCnSlash: (w) => `${w.y}/${w.mo}/${w.d} ${hhmm(w)}`,
  // QQ Mail / Exmail: "2026年11月23日(星期一) 下午3:20"
  zhTencent: (w) => `${w.y}年${w.mo}月${w.d}日(星期${ZH_DAYS[w.dow]}) ${zhAmPm(w)}${h12(w)}:${pad(w.mi)}`,
  // Foxmail: "2026-11-23 15:20"; Coremail: "2026-11-23 15:20:00"
  isoMinutes: (w) => `${w.y}-${pad(w.mo)}-${pad(w.d)} ${hhmm(w)}`,
  isoSeconds: (w) => `${w.y}-${pad(w.mo)}-${pad(w.d)} ${hhmm(w)}:${pad(w.s)}`,
};

/** The moment in a named format; a spec's free text ("Sent: last Tuesday") is kept as written. */
function formatMoment(moment, format) {
  if (moment.text !== undefined) return moment.text;
  if (format === "rfc5322") return rfc5322(moment);
  return FORMATS[format](wall(moment));
}

/** `20261124T021500Z` (iCalendar UTC). */
function icsUtc(iso) {
  return new Date(Date.parse(iso)).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The wall clock of an instant in an IANA zone, as `20261126T100000`. */
function icsLocal(iso, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(Date.parse(iso)))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

module.exports = { wall, rfc5322, formatMoment, icsUtc, icsLocal, EN_DAYS, EN_MONTHS, ZH_DAYS, pad };
