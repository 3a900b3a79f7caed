import { renderAgenda, renderMinuteTaker, renderUrgency, type AgendaItem } from "../policy/text/meeting-body";
import type { BodyBlock, FixAction, InsertPlace, ItemBody, Lang, Person } from "../policy/types";
import { writeBlock } from "./body-blocks";
import { insertIntoBody } from "./body-edit";
import { replaceInBody, replaceInSubject } from "./body-replace";
import type { BodyEdit } from "./body-view";
import { templateText } from "./fixes-templates";

// From what a pane wants (a finding's fix, a meeting block) to an edit plan: which field
// changes and how, as data. Pure: the plan is computed again on the text Outlook gives at the
// moment of writing (apply-edit.ts reads, plans, re-reads and writes only if nothing changed).

/** "place": where the fix says; "cursor": where the user's caret is. */
export type FixMode = "place" | "cursor";

export type BodyChange =
  | { kind: "insert"; place: InsertPlace; text: string; block?: BodyBlock }
  | { kind: "replace"; find: string; replace: string; occurrence: number };

export type SubjectChange = { kind: "replace"; find: string; replace: string; occurrence: number } | { kind: "set"; subject: string };

export type EditPlan =
  | { target: "body"; change: BodyChange }
  /** At the very start, without rewriting the body (body.prependAsync). */
  | { target: "bodyStart"; text: string }
  /** At the user's caret (body.setSelectedDataAsync). */
  | { target: "cursor"; text: string }
  | { target: "subject"; change: SubjectChange }
  | { target: "recipients"; field: "to" | "cc"; person: Person }
  | { target: "delivery"; at: string }
  /** Office.js has no API for it (an appointment's reminder in compose). */
  | { target: "none" };

function insertPlan(place: InsertPlace, text: string, mode: FixMode, block?: BodyBlock): EditPlan {
  if (mode === "cursor") return { target: "cursor", text };
  if (place === "start" && !block) return { target: "bodyStart", text };
  return { target: "body", change: { kind: "insert", place, text, ...(block ? { block } : {}) } };
}

export function planFix(fix: FixAction, mode: FixMode, lang: Lang): EditPlan {
  switch (fix.kind) {
    case "insertText":
      return insertPlan(fix.place, fix.text, mode, fix.block);
    case "insertTemplate":
      return insertPlan("end", templateText(fix.template, lang), mode);
    case "replaceText":
      return fix.field === "subject"
        ? { target: "subject", change: { kind: "replace", find: fix.find, replace: fix.replace, occurrence: fix.occurrence ?? 0 } }
        : { target: "body", change: { kind: "replace", find: fix.find, replace: fix.replace, occurrence: fix.occurrence ?? 0 } };
    case "setSubject":
      return { target: "subject", change: { kind: "set", subject: fix.subject } };
    case "scheduleSend":
      return { target: "delivery", at: fix.at };
    case "addRecipient":
      return { target: "recipients", field: fix.field, person: fix.person };
    case "setReminder":
      return { target: "none" };
  }
}

/** What the meeting pane writes into an invitation. */
export type MeetingBlock =
  | { kind: "agenda"; items: readonly AgendaItem[] }
  | { kind: "minuteTaker"; person: Person }
  | { kind: "urgency"; reason: string };

const BLOCK_PLACE: Record<MeetingBlock["kind"], InsertPlace> = { agenda: "end", minuteTaker: "end", urgency: "afterGreeting" };

function blockText(block: MeetingBlock, lang: Lang): string {
  switch (block.kind) {
    case "agenda":
      return renderAgenda(block.items, lang);
    case "minuteTaker":
      return renderMinuteTaker(block.person, lang);
    case "urgency":
      return renderUrgency(block.reason, lang);
  }
}

export function planMeetingBlock(block: MeetingBlock, lang: Lang): EditPlan {
  return { target: "body", change: { kind: "insert", place: BLOCK_PLACE[block.kind], text: blockText(block, lang), block: block.kind } };
}

/** The body after the change, or null when it cannot be made on this body (the words are gone). */
export function bodyAfter(change: BodyChange, body: ItemBody): BodyEdit | null {
  if (change.kind === "replace") return replaceInBody(body, change.find, change.replace, change.occurrence);
  return change.block ? writeBlock(body, change.block, change.text, change.place) : insertIntoBody(body, change.place, change.text);
}

export function subjectAfter(change: SubjectChange, subject: string): string | null {
  return change.kind === "set" ? change.subject : replaceInSubject(subject, change.find, change.replace, change.occurrence);
}
