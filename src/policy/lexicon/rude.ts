// Rude words and the words of a shouted run (§1.3.3), for mail/politeness. Plain data, one
// family a line, so that a build step can compact them.

// Patterns for normalised text (Simplified, lower case, half-width). Latin words need word
// boundaries; CJK terms exclude their everyday compounds (垃圾邮件, 废物利用, 滚动).
export const RUDE_PATTERNS: RegExp[] = [
  // "Keep it simple, stupid" (the KISS principle) names no one: a comma before the word leaves it.
  /(^|[^,\s]\s{1,3}|[^\s\w,])\b(stupid|stupidest)\b(?! (question|simple|easy))/,
  /\b(idiot|idiots|idiotic|moron|morons|moronic|imbecile|dumbass|dumbest)\b(?![- ]?proof)/,
  /\bdumb\b(?![- ](init|terminal|terminals|pipe|pipes|client|clients|switch|switches|phone|phones|down|luck|question))/,
  /\bshut up\b/,
  /\b(wtf|stfu|ffs)\b/,
  /\bwhat the (hell|heck|fuck|f)\b/,
  /\b(fuck\w*|shit|shitty|bullshit|crap|crappy|screw you|damn it|goddamn)\b/,
  /\b(are you|r u|you) (blind|deaf|stupid|crazy|kidding me|out of your mind)\b/,
  /\b(can't you|cannot you|can you not|don't you|do you not) (even )?(read|understand)\b/,
  /\b(you|you're|you are|your team|your team is|they are|he is|she is|this guy is) (so |totally |completely |utterly )?(useless|incompetent|pathetic|clueless|brainless|hopeless)\b/,
  /\buseless (people|team|guy|guys|person|staff|support|helpdesk|idiot)\b/,
  /\bget lost\b/,
  /你有病|有病吧|神经病|脑残|脑子进水|脑子有病|有没有脑子|没脑子|猪脑子|白痴|弱智|蠢货|蠢猪|愚蠢|笨蛋|傻逼|傻b|傻瓜(?!式|相机|化|操作|版)|傻子|混蛋|王八蛋|\btmd\b(?!-?\d)/,
  // A pattern that starts with (^|[^…]) reads the character before the word in its group 1, which
  // is not part of the word (in place of a lookbehind: the on-send check runs in ES2016 runtimes).
  /(^|[^妈])妈的/,
  /(^|[^过除失])去死(?!角)/,
  /你懂不懂|懂不懂啊|搞什么鬼|搞什么飞机|搞什么东西|闭嘴|你瞎了|眼瞎|瞎了吗|看不懂中文|饭桶|猪头|丢人现眼|给我滚|滚出去|滚蛋|滚开/,
  /(^|[^翻打滚])滚(?=[!.?\s吧]|$)/,
  // 你是猪吗, 写得跟屎一样, 简直是一坨屎; not a facilities notice that 门口有一坨狗屎.
  /(?:你|你们)是猪(?:吗|么|啊|呀|\?)|(?:跟|像)(?:屎|狗屎)一样|(?:是|简直是|就是)一坨(?:屎|狗屎)/,
  // 废物 as an insult, not 固体废物 / 危险废物 / … / 放射性废物 / 厨余废物: group 1 holds up to three
  // characters before it that do not end one of those words.
  /(^|[^体险活业子疗性害筑余]|(?:^|[^固])体|(?:^|[^危])险|(?:^|[^生])活|(?:^|[^工])业|(?:^|[^电])子|(?:^|[^医])疗|(?:^|[^射]|(?:^|[^放])射)性|(?:^|[^有])害|(?:^|[^建])筑|(?:^|[^厨])余)废物(?!利用|处理|回收|箱|管理|排放|分类|处置|再生|综合)/,
  // Hong Kong Cantonese insults and swearing: 廢柴 "useless", 收皮 / 收聲啦 "shut up", 仆街, 黐線, 戇居,
  // on9, and the vulgar 撚 (好撚煩, 乜撚嘢) but not 撚手 "one's speciality" (撚手小菜). Ordinary
  // Cantonese (唔該, 麻煩晒, 咗, 嘅, 係咪) is business writing in Hong Kong and stays clear.
  /废柴|收皮|仆街|扑街|[黐痴]线|戆居|死蠢|躝开|躝尸|閪|撚(?!手)|\bon9\b|(?:你|你哋|你们)?收声(?:啦|喇|呀|吖|!|！)/,
  // 垃圾日志, 垃圾流量, 垃圾数据, 垃圾对象: junk a system holds, not a judgement of someone's work.
  /(是|就是|真是|简直是|纯属|一堆|什么)垃圾(?!邮件|桶|箱|分类|回收|清理|短信|电话|信息|处理|袋|车|站|场|文件|数据|日志|流量|请求|广告|评论|账号|注册|消息|帖子|对象|内存|数据包|进程|资料)/,
];

export const SHORT_WORDS = new Set(["do", "not", "is", "be", "we", "me", "my", "no", "so", "to", "of", "in", "on", "at", "or", "an", "the", "and", "for", "you", "now", "all", "are", "why", "how", "can", "get", "out", "new", "our", "has", "had", "was", "any", "see", "yes", "ask", "did", "its", "this", "that"]);

// Classification markers are written in capitals by convention, not to shout.
export const MARKER_RUN =
  /^((strictly )?(private (and |& )?)?confidential|(for )?internal( use)?( only)?|restricted|do not (forward|distribute|copy|share|print)|not for (distribution|external use))$/;

