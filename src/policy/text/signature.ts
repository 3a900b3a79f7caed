import type { BodyLine } from "./body-lines";
import { chars, trimEndWhile } from "./trim";
import { LETTER } from "./letters";
import { anyOf } from "./any-of";

const NAME_WORDS = new RegExp(`^[${LETTER}][${LETTER} .'·-]*$`, "u");

// The sign-off and the signature under the prose, as a reader recognises them when the client
// did not mark them: a closing formula ("Kind regards,", "此致 / 敬礼", "順頌 / 商祺"), then
// lines that are a name, a title, a department, a company, an address or a phone number,
// often one per paragraph (Outlook desktop and Apple Mail write each line as its own block),
// sometimes under a "------------------" rule (QQ Mail, Tencent Exmail and WeCom put one
// above the signature). Patterns read normalised lines (Simplified, lower case, half-width).

const SIGNOFF_PATTERNS = [
  new RegExp(String.raw`^((best|kind|warm|warmest|many|with best|with kind)\s+)?(regards|wishes)\b([,!.]?\s*[${LETTER} .'-]{0,30})?$`, "u"),
  new RegExp(String.raw`^(thanks|thank you|thank u|many thanks|thanks again|thanks a lot|thx|cheers|sincerely|yours (sincerely|truly|faithfully)|best|br|all the best|talk soon|take care)([,!.]?\s*[${LETTER} .'-]{0,30})?$`, "u"),
  /^(thanks|thank you|many thanks)( (so|very) much)?\s+(for|in advance)\b.{0,40}$/,
  /^(谢谢|多谢|感谢|非常感谢|辛苦了|此致|祝好|顺颂|顺祝|敬祝|敬颂|祝[^。\n]{0,10}(愉快|顺利|好|安康))[^。\n]{0,12}$/,
];
const isSignoff = anyOf(SIGNOFF_PATTERNS);

/** The second line of a two-line Chinese closing ("此致 / 敬礼", "顺颂 / 商祺"). */
const CLOSING_BLESSING = /^(敬礼|商祺|时祺|台安|大安|近安|钧安|崇安|均安|安好|春祺|夏安|秋安|冬安|顺利|工作顺利)[!.~！。～]*$/;
/** The first line of such a closing: the blessing follows on the next line. */
const CLOSING_OPENER = /^(此致|顺颂|顺祝|敬祝|敬颂|即颂|并颂|祝)$/;

const SIGNOFF_TRAIL = chars(/[\s,.!~，。！～]/);

export function isSignoffLine(norm: string): boolean {
  const line = trimEndWhile(norm, SIGNOFF_TRAIL);
  if (line.length === 0 || line.length > 48) return false;
  return isSignoff(line);
}

/** "敬礼！" under "此致": the closing's second line. */
export function isClosingBlessing(norm: string): boolean {
  return CLOSING_BLESSING.test(norm);
}

export function opensTwoLineClosing(norm: string): boolean {
  return CLOSING_OPENER.test(trimEndWhile(norm, SIGNOFF_TRAIL));
}

/** A rule of dashes or underscores that QQ Mail / Exmail / WeCom put above the signature. */
const RULE_LINE = /^[-_=—─~*]{6,}$/;

const CONTACT_LINE =
  /\b(tel|phone|mobile|mob|cell|fax|email|e-mail|web|address|addr)\b\s*[.:]|\b(ext|extn|x)\.?\s*\d{2,}|\b[tmf]\s*[+(]?\d{2}|电话|手机|传真|地址|邮箱|微信|分机|座机|内线|短号|\+?\d[\d\s()-]{7,}\d|@[a-z0-9-]+\.[a-z]|https?:\/\/|www\./;

const ORG_OR_TITLE =
  /\b(ltd|inc|llc|plc|gmbh|corp|company|group|limited|solutions|technologies|systems|branch|office|department|dept|division|team|centre|center|university|manager|director|lead|engineer|analyst|specialist|officer|head|coordinator|administrator|consultant|architect|developer|assistant|executive|president|vp|cto|ceo|cio|cfo|coo|accountant|counsel|secretary|supervisor|representative)\b|公司|集团|部|室|组|科|处|中心|事业群|经理|主管|主任|工程师|总监|专员|助理|顾问|架构师|会计|出纳|董事|部长|科长|处长|课长|组长|负责人|总裁|秘书/;

/** With a digit on the line: "Room 1203, 88 Century Avenue", "8F, No. 100, Songren Rd.", "星湖街328号". */
const ADDRESS_WORD = /\b(room|floor|road|rd|street|st|avenue|ave|blvd|district|dist|building|bldg|suite|tower)\b|[路街道]\s?\d|\d\s?[号楼层室]|大厦|大楼|园区|广场/;

const DATE_LINE = /^\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?$/;

/** "Contoso Ltd." ends with a period that ends no sentence. */
const ABBREVIATION_END = /\b(ltd|inc|co|corp|rd|st|ave|dept|dist|no|jr|sr|dr)\.$/;
/** On the normalised line: "。" has become "." and "，" ",". */
const SENTENCE_MARK = /[!?;]/;
/** Chinese clause punctuation, read on the line as written. */
const CJK_CLAUSE_MARK = /[。！？；，]/;

function readsAsSentence(norm: string): boolean {
  if (SENTENCE_MARK.test(norm)) return true;
  if (/[,:]$/.test(norm)) return true;
  return norm.endsWith(".") && !ABBREVIATION_END.test(norm);
}

/** "Lucy", "Lucy Wang", "王大明 Daming Wang", "马超": a name on a line of its own. */
export function isNameLine(norm: string): boolean {
  if (norm.length === 0 || norm.length > 32 || readsAsSentence(norm) || /[\d,]/.test(norm)) return false;
  return NAME_WORDS.test(norm) && norm.split(/\s+/).length <= 4;
}

export type SignatureLineKind = "rule" | "name" | "contact" | "org" | "date";

/** What a short trailing line is when it belongs to a signature, or null when it is prose. */
export function signatureLineKind(line: BodyLine): SignatureLineKind | null {
  const norm = line.norm;
  if (RULE_LINE.test(norm)) return "rule";
  if (norm.length > 90 || CJK_CLAUSE_MARK.test(line.text) || readsAsSentence(norm)) return null;
  if (DATE_LINE.test(norm)) return "date";
  if (isNameLine(norm)) return "name";
  if (CONTACT_LINE.test(norm)) return "contact";
  if (ADDRESS_WORD.test(norm) && /\d/.test(norm)) return "contact";
  if (ORG_OR_TITLE.test(norm)) return "org";
  return null;
}

/** The most lines a signature under a sign-off has, and the longest such line. */
const MAX_SIGNATURE_LINES = 12;
const MAX_SIGNATURE_LINE = 90;

/** Lines after a sign-off: a name, a title, a phone number, never a request or a question. */
function fitsUnderSignoff(line: BodyLine): boolean {
  return line.norm.length <= MAX_SIGNATURE_LINE && !/[。?？]$|^请|please\b|^[-*]\s|^[•·]|^\d{1,2}[.)、]\s/.test(line.norm);
}

/**
 * The sign-off line, found by walking up from the end of the prose over the lines a
 * signature may have (however many paragraphs they are spread over), or -1.
 */
export function findSignoff(lines: readonly BodyLine[], from: number, to: number): number {
  let below = 0;
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i];
    if (line.blank) continue;
    if (isSignoffLine(line.norm)) return i;
    if (!fitsUnderSignoff(line) || ++below > MAX_SIGNATURE_LINES) return -1;
  }
  return -1;
}

/**
 * Where an unmarked signature starts: the trailing run of name, title, company, address,
 * date and contact lines, when it has a contact, company or title line or opens with a rule
 * (a name alone under the prose stays prose). -1 when there is none. The prose before it
 * keeps at least its first line.
 */
export function trailingSignatureBlock(lines: readonly BodyLine[], from: number, to: number): number {
  let start = -1;
  let anchored = false;
  let count = 0;
  for (let i = to - 1; i > from; i--) {
    const line = lines[i];
    if (line.blank) continue;
    const kind = signatureLineKind(line);
    if (kind === null || ++count > MAX_SIGNATURE_LINES) break;
    if (kind !== "name" && kind !== "date") anchored = true;
    start = i;
  }
  return anchored ? start : -1;
}
