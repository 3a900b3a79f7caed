import type { Lang, Person } from "../types";
import type { AgendaItem } from "./meeting-body";
import { chars, trimEndWhile } from "./trim";

// The blocks the meeting pane writes into an invitation, in the reader's wording, so that
// what the pane inserts is always what the engine reads back.

const AGENDA_HEADINGS: Record<Lang, string> = { en: "Agenda:", "zh-CN": "议程：", "zh-TW": "議程：" };
const MINUTE_TAKER_LABELS: Record<Lang, string> = { en: "Minute-taker: ", "zh-CN": "会议记录人：", "zh-TW": "會議記錄人：" };
const URGENCY_LABELS: Record<Lang, string> = { en: "Reason for urgency: ", "zh-CN": "紧急原因：", "zh-TW": "緊急原因：" };

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const TITLE_TRAIL = chars(/[;；,，。]/);

/** As parseAgendaItem reads it back: one line, no closing punctuation. */
function itemTitle(title: string): string {
  return trimEndWhile(oneLine(title), TITLE_TRAIL).trim();
}

function renderDuration(minutes: number, lang: Lang): string {
  if (lang === "en") return ` (${minutes} min)`;
  return lang === "zh-CN" ? `（${minutes}分钟）` : `（${minutes}分鐘）`;
}

/** The agenda block the meeting pane inserts: a heading and numbered items. */
export function renderAgenda(items: readonly AgendaItem[], lang: Lang): string {
  const lines = items
    .map((item) => ({ ...item, title: itemTitle(item.title) }))
    .filter((item) => item.title !== "")
    .map((item, i) => {
      let line = `${i + 1}. ${item.title}`;
      if (item.minutes !== undefined && Number.isFinite(item.minutes) && item.minutes > 0) line += renderDuration(Math.round(item.minutes), lang);
      if (item.owner && oneLine(item.owner) !== "") line += ` — ${oneLine(item.owner)}`;
      return line;
    });
  return [AGENDA_HEADINGS[lang], ...lines].join("\n");
}

export function renderMinuteTaker(person: Person, lang: Lang): string {
  const name = oneLine(person.name ?? "");
  const address = person.address.trim();
  const who = name && address ? `${name} <${address}>` : name || address;
  return `${MINUTE_TAKER_LABELS[lang]}${who}`;
}

export function renderUrgency(reason: string, lang: Lang): string {
  return `${URGENCY_LABELS[lang]}${oneLine(reason)}`;
}
