import type { TermOptions } from "./match";

// §1.3.4: words that mark a mail as confidential. A mark is the writer saying "this is
// confidential"; a topic is the writer talking about confidentiality. Decisions:
// - Topics are not marks: 保密协议 / 保密合同 / 保密条款 / 保密制度 / 保密培训 / 保密义务 /
//   保密工作 / 保密规定, "confidentiality agreement", "NDA", "non-disclosure" name a document
//   or a subject; "confidential" inside them does not count.
// - Negations are not marks: "this is not confidential", "non-confidential", 不是机密, 非机密,
//   无需保密, 不涉密.
// - The standard disclaimer footer is not a mark: the segmenter puts it apart from the prose
//   and this rule reads only the prose and the subject.

export interface MarkerEntry extends TermOptions {
  term: string;
}

const NEGATED_ZH = ["不是", "并非", "非", "不属于", "不含", "不涉及", "无需", "不需要", "不用", "没有", "无"];
const NEGATED_EN = ["not ", "non-", "non ", "un", "isn't ", "is not ", "no ", "nothing "];

export const CONFIDENTIAL_MARKERS: readonly MarkerEntry[] = [
  { term: "机密", notAfter: NEGATED_ZH, notBefore: ["性"] },
  { term: "保密", notAfter: NEGATED_ZH, notBefore: ["协议", "合同", "条款", "制度", "培训", "义务", "工作", "规定", "承诺", "性", "期", "措施", "管理", "意识", "法"] },
  { term: "绝密" },
  { term: "仅限内部" },
  { term: "限内部" },
  { term: "仅供内部" },
  { term: "内部资料" },
  { term: "内部使用" },
  { term: "请勿外传" },
  { term: "不得外传" },
  { term: "严禁外传" },
  { term: "切勿外传" },
  { term: "请勿转发" },
  { term: "不得转发" },
  { term: "confidential", notAfter: NEGATED_EN, notBefore: ["ity", " agreement", " disclosure agreement"] },
  { term: "internal only" },
  { term: "internal use only" },
  { term: "for internal use" },
  { term: "do not forward" },
  { term: "don't forward" },
  { term: "please don't forward" },
  { term: "do not distribute" },
  { term: "not for distribution" },
  { term: "not for external distribution" },
  { term: "top secret" },
];
