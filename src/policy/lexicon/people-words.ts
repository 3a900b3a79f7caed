// Words for recognising people in greetings and @-mentions (§2.2.4), normalised.

/** Greetings to a group name nobody in particular ("Hi all", "各位好"). */
export const GROUP_WORDS: readonly string[] = [
  "各位", "大家", "诸位", "全体", "全员", "所有人", "团队", "领导", "各位领导", "同事", "同事们", "各位同事", "同仁", "老师们", "两位", "二位", "三位",
  "你们", "您们", "你", "您", "亲", "家人们", "伙伴们", "小伙伴们", "朋友们",
  "all", "team", "everyone", "everybody", "folks", "guys", "there", "colleagues", "sir", "madam", "sir or madam", "sirs",
  "friends", "partners", "customer", "valued customer", "hiring manager", "to whom it may concern", "whom it may concern",
  "ladies and gentlemen", "敬启者", "启者", "执事先生", "相关人员", "相关同事", "gentlemen", "ladies", "all of you", "you all", "you two", "both", "here", "channel", "here all",
];

/** A greeting naming a department or a role ("财务部：", "IT 服务台：") is not a person. */
export const NOT_A_PERSON_SUFFIX = /(部|组|团队|中心|处|科室|室|台|司|公司|们|同事|同仁|领导|伙伴|客户|用户|服务台|小组|项目组|委员会|办公室|各位|大家|家)$/;

/**
 * A greeting that starts with a collective word names a group of people by their role
 * ("各位主管：", "各部门助理：", "全体员工："), never one person.
 */
export const GROUP_PREFIX = /^(各|全体|诸位|所有|列位)/;

/** Titles written after a Chinese surname: "王经理", "李总", "陈老师". */
export const ZH_TITLES = [
  "总经理", "副总经理", "副总", "经理", "总监", "主任", "部长", "先生", "女士", "小姐", "博士", "教授", "老师", "主管", "组长",
  "处长", "科长", "院长", "局长", "董事长", "老板", "律师", "医生", "师傅", "助理", "秘书", "同学", "工程师", "总", "董", "工", "姐", "哥",
];

/** Titles written before a Latin family name: "Mr. Smith". */
export const EN_TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam|mister)\.?\s+/;

/** Words that follow "@Name" in a sentence and are not part of the name. */
export const NOT_NAME_WORDS = new Set([
  "please", "pls", "can", "could", "would", "will", "thanks", "thank", "the", "this", "that", "we", "i", "you", "any", "let", "kindly", "fyi", "and", "or", "for", "to", "on", "in", "is", "are", "re", "as",
]);

/** Characters that, after two Chinese characters of an @-mention, start the sentence again. */
export const ZH_AFTER_NAME = "请你您帮看确负跟处来去的在和也已把说麻尽先再明今下上回协核安提查审同这那是需要能可对";

/** Chinese compound surnames (the rest are one character). */
export const COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "长孙", "宇文", "轩辕", "端木", "南宫", "西门"];
