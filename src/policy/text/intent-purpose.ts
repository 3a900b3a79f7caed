// What says why a mail is written: a purpose phrase, an announcement, a problem reported
// (§2.2.3: the mail opens with it).
// Patterns are written for normalised text (`normalize()`: Simplified, lower case, half-width
// punctuation, so "？" is "?" and "。" is ".").

export const PURPOSE_PATTERNS: RegExp[] = [
  /\b(i am|i'm|we are|we're|i was|we were) (writing|reaching out|contacting|sending|sharing|forwarding|attaching|following up|reminding|inviting|announcing|asking|requesting|checking in|looping)\b/,
  /\bthis (e-?mail|mail|message|note) (is|serves|summari[sz]es|contains|covers|confirms|gives|lists|explains|describes|outlines|sets out|provides|announces)\b/,
  /\bthis is (to|a (quick )?(reminder|follow-up|heads-up|summary|request|notice))\b/,
  /\b(this|here) is (the|a|an|our|my|this week's|today's|yesterday's) ([\w'-]+ ){0,4}(summary|report|update|reminder|notice|announcement|request|minutes|recap|invitation|proposal|overview|plan|review|post-mortem|postmortem)\b/,
  /\b(following up|follow(ing)? up on|further to|with reference to|in response to|in reply to|as discussed|as agreed|as promised|as requested|as mentioned|per our|per your|regarding|concerning|with regard to)\b/,
  /^(re|about|on|update on|quick update|quick question|heads-up|heads up|fyi|reminder|note)\b[:,\s]/,
  /\b(please find|find attached|attached (is|are|please find)|i('ve| have) attached|enclosed (is|are))\b/,
  /\b(i|we)('d| would) like to\b/,
  /\b(i|we) (want|wanted|need|needed|plan|intend|have decided) to\b/,
  /\bjust (wanted|a quick)\b/,
  /^(here's|here is|here are|below is|below are|attached is|attached are)\b/,
  /\b(we are|we're|i am|i'm) (now )?[a-z]+ing\b/,
  /\b(to let you know|to inform|to confirm|to ask|to request|to share|to remind|to invite|to update you|to announce|to notify|to propose|to introduce|to clarify|to summari[sz]e)\b/,
  /\b(is|are|has been|have been) (now )?(ready|available|attached|live|complete|completed|done|approved|confirmed|released|deployed|scheduled|postponed|cancelled|canceled|moved|rescheduled|delayed|due)\b/,
  /\b(will|shall) be\b|\bis going to be\b|\bare going to be\b/,
  /\b(starting|effective|from) (today|tomorrow|now on|next|monday|tuesday|wednesday|thursday|friday|\d)/,
  /\b(i|we) have (a|one|two|three|some|a few|several) (quick )?(question|request|comment|concern|update|suggestion|proposal|issue|problem)s?\b/,
  /\bheads[- ]up\b|\bfyi\b|\bfor your (review|approval|information|reference|records)\b/,
  /为了?.{0,40}(特此|现|特)|特此|现将|现就|兹|本邮件|此邮件|这封邮件|写信|来信(是|想|主要)/,
  /^(关于|就|针对|根据|按照|为了|为|鉴于|应|接)/,
  /想(请教|咨询|请问|问(一下|下)?|确认|了解|和您|跟您|与您|和你|跟你|同步|申请|提醒|汇报|通知|分享|邀请|介绍|讨论|沟通)/,
  /请教|咨询|请问|跟进|附上|随信|附件(是|为|中|里)|见附件|如下|以下是|下面是|同步(一下)?|汇报|知会|通知|提醒|申请|邀请|诚邀|分享|介绍/,
  /(有|遇到了?|出现了?)(一|两|几|个)(个|些)?(小)?(问题|事|请求|需求)/,
  /(将于|定于|订于|拟于|计划于|预计于?|已于|将在|已经|已)(.{0,12})(上线|发布|完成|开始|结束|启用|停用|维护|升级|更新|生效|准备好|批准|取消|推迟|延期|调整)/,
  // A dated announcement names the date first: "机房将于2026年11月28日（周六）08:00至18:00停电维护".
  // Taiwan's 公文 books with 訂於 (謹訂於12月8日召開…).
  /(将于|定于|订于|拟于|计划于|预计于)[^,.;!?]{0,30}(停电|停机|暂停|关闭|迁移|搬迁|切换|举行|召开|进行|开展|停止|上线|启用|停用|维护|升级)/,
  // A recommendation is the point of the mail: "资讯部评估后建议在明年第一季完成汰换", "We recommend…".
  /(评估|研究|讨论|分析|测试|比较)(后|之后|以后)?,?(我们|我|本部门)?(建议|提议)|(^|[,;:\s])(我们|我|本部门|我部)(的)?(建议|提议)/,
  /\b(i|we) (would )?(recommend|propose|suggest)\b/,
  /(即日起|自.{1,12}起|从.{1,12}起)/,
  // A formal proposal: "拟就续约事宜与贵公司洽谈", "拟于下周召开…".
  /(^|[,;:\s])拟(就|与|向|对|于|将|在|申请|请|进行|召开|安排|采购|更换|开通|调整)/,
  // A problem report opens with the problem: that is its purpose ("打印机从今天上午开始无法打印",
  // "Outlook keeps asking for my password"); a past incident ("上周 UPS 发生故障") is background.
  /无法(使用|登录|打印|打开|连接|访问|上网|发送|接收|启动|同步)|打不开|连不上|登不上|收不到|收不了|发不出|发不了|登不进|用不了|打印不了|开不了机|上不了网|一直报错|蓝屏|闪退/,
  /\b(keeps (asking|crashing|failing|freezing|disconnecting|restarting)|(stopped|is not|isn't|doesn't|does not) work(ing)?|(cannot|can't|unable to) (log ?in|sign in|connect|access|print|open|send|receive|start)|is down)\b/,
  // The symptom of a problem that is happening now, in both scripts ("無法連線", "頻繁斷線",
  // "中文变成乱码"); a past incident ("上周 UPS 发生故障") is background, so 故障 alone is not listed.
  /无法(登入|列印|连线|开机|收信|寄信|上传|下载|保存|编辑)|不能(用|使用|登录|登入|打印|列印|连接|连线|上网|打开|访问)|乱码|变成方块|频繁断线|经常断线|一直断线|(断|掉)线|卡顿|死机|崩溃|报错|出错|变得很慢|特别慢|非常慢/,
  // A symptom in the present: "Since this morning Outlook crashes every time I open…", "从今天下午开始无法拨出外线".
  /\b(crash|freez|hang|fail|disconnect|drop|reboot|restart)(e?s) (every time|each time|whenever|as soon as|when(ever)? i|on (start|launch|open))/,
  /\bsince (this morning|yesterday|today|last (night|week)|the (update|upgrade|patch|migration))\b[^.!?]{0,80}\b(crash|freez|hang|fail|error|can't|cannot|won't|stopped|disconnect|no longer)/,
  /(开始|以来|起)(就)?,?(一直|经常|频繁|总是|突然|又)?(无法|不能|打不|连不|登不|收不|发不|报错|断线|掉线|死机|闪退|黑屏|蓝屏)/,
  // Hong Kong Cantonese says "cannot" with 唔 after the verb: 連唔到 VPN, 登入唔到, 打唔開, 印唔到, send 唔到.
  /(连|登入?|登录|用|开|打|印|收|发|上|入|睇|load|send|login|connect) ?唔(到|倒|开|起|通)/,
  // The helpdesk report template the pane offers opens with its first field: "問題描述：…".
  /^(问题描述|故障描述|问题现象|故障现象|问题说明|故障说明|problem description|issue description|description of the (problem|issue))[:：]/,
  /\b(none of (us|them)|nobody|no one)\b[^.]{0,60}\bcan\b|\bno longer (works?|opens?|connects?|prints?|starts?)\b|\b(can't|cannot|won't) [a-z]+ [^.]{0,40}\bany ?more\b/,
  // Reporting a problem now: "报告一个打印机的问题：", "反映一下网络的情况" (a past "上周报告的问题" is background).
  /(报告|反映|反馈|报修|上报)(一下|一个|个|两个|几个)[^,.;:!?]{0,16}(问题|故障|情况|bug)/,
  // Handing something over: "把路线图的要点发给两位", "把会议纪要转给大家", "把报价单寄给贵司".
  /把.{1,40}?(发|转发|转|寄|提供|分享|同步)(给|予)(您|你|你们|您们|各位|大家|诸位|[两三四五几]位|贵司|贵方)/,
  // A welcome mail's first line is its purpose: "欢迎加入 Contoso！", "Welcome aboard!".
  /^(欢迎(您|你|大家|各位)?(加入|来到|入职|加盟)|welcome (to|aboard|on board)\b)/,
  // Presenting: "Forwarding Acme's questionnaire", "so here it is", "Plan for the nginx rollout".
  /^(forwarding|sharing|attaching|sending|resending|passing on|looping in|introducing|announcing|confirming|reminding)\b/,
  /\bhere (it is|they are|is|are)\b|\bhere's\b/,
  /^(plan|agenda|summary|schedule|timeline|notes|minutes|checklist|proposal|overview|status|results?|instructions|steps|recap|review) (for|of|on|from)\b/,
  // Reporting what was found or done: the answer the reader waits for.
  /\b(i|we) (have )?(found|figured out|discovered|traced|identified|fixed|solved|resolved|tracked down|worked out)\b/,
  // "这里说明一下…", "把情况补充一下：", "这次补上", "简单同步一下", "几点意见：".
  /(说明|补充|介绍|汇总|梳理|整理|列)(一下|如下)|(这里|下面|在此|特此|现在|先)把?.{0,16}(说明|补充|介绍|汇总|梳理)|(这次|现|特此|在此|现在)(补上|补发|重发|更正|纠正)|补上|补发/,
  // "这是 Project Phoenix 第47周的周报", "这是本月的巡检报告": what the mail is.
  /^(这是|这份是|此为|这里是)[^,.;!?]{0,30}(周报|月报|日报|季报|年报|报告|总结|纪要|汇总|进展|进度|通知|简报|计划|方案|清单|说明)/,
  /(几点|以下|如下|下面|下列)(意见|建议|想法|问题|说明|安排|反馈|内容|事项|物料|步骤|顺序|几点|要求)|(按|见|如)以下|如下[:：]?$/,
  // An announcement of a plan or a change: "切换计划已经初步排好，定在…", "原定11月20日发货".
  /(已经|已)(初步|基本|全部)?(排好|定好|确定|确认|安排好|准备好|整理好|审核完毕|批下来)|定在|(原定|原计划|原来定|本来定)|(推迟|延期|延后|顺延|提前)(到|至)/,
];
