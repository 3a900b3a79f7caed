// What is only social (pleasantries) and what says that nothing is needed from the reader.
// Patterns are written for normalised text (`normalize()`: Simplified, lower case, half-width
// punctuation, so "？" is "?" and "。" is ".").

export const PLEASANTRY_PATTERNS: RegExp[] = [
  /^(i )?(hope|trust) (you|this|all|everyone|your|things|the)\b/,
  /^(how are you|how are things|how's it going|how is it going|how have you been|how was your)\b/,
  /^long time no (see|talk|speak)\b/,
  /^(happy|merry) [a-z -]{2,20}$/,
  /^(good|nice|great) to (hear|see|meet) (from )?you\b/,
  /^(it was|it's been) (great|nice|good|a pleasure)\b/,
  /^(thanks|thank you|many thanks) (so much |very much )?(for|again)\b.{0,40}(e-?mail|mail|message|note|reply|response|time|help|call|meeting|update)\.?$/,
  /^(hi|hello|hey) (again|there|all|everyone|team)$/,
  /^greetings from\b/,
  /^have a (nice|great|good|lovely) (day|week|weekend)\b/,
  /^(好久不见|见信好|展信(佳|好|悦)|近来可好|一切可好|别来无恙|最近(怎么样|好吗|如何|还好吗|忙吗|在忙什么|还好|可好)|你好吗|您好吗|辛苦了|打扰了|冒昧打扰|不好意思打扰)/,
  /^希望(你|您|大家|各位)?(一切|近来|最近)?(都)?(好|安好|顺利)/,
  /^(周[一二三四五六日末]|星期[一二三四五六日天]|新年|节日|中秋|国庆|元旦|春节|端午)快乐/,
  /^(感谢|谢谢|多谢)(您|你)?的?(来信|回复|邮件|回信|帮助|支持)$/,
  /^(早上好|上午好|中午好|下午好|晚上好)$/,
  // Small talk about the weather and health, and the apology for disturbing on a holiday.
  /^(最近|近来|近日|这几天|这两天|入冬|入秋|换季)(以来)?(的)?(天气)?(转凉|变冷|转冷|降温|炎热|很热|多变|变化大)/,
  /^(请|还请|也请)?(多|务必)?(保重|注意)(身体|保暖|休息)/,
  /^(您|你)(和|与)?(团队|家人|大家|各位同事)?(都|一切)?(还)?(好|顺利)(吧|吗|呀)?$/,
  /^.{0,8}打扰(了|您了|一下)$/,
  /^(大家|各位)?辛苦(了|啦)$/,
  /^(all the best|hope all is well|hope everything is well|i hope this (email|mail|message) finds you well)\b/,
];

export const NO_ACTION_PATTERNS: RegExp[] = [
  /\bfyi\b|\bfor your (information|reference|records)\b|\bfor info(rmation)?( only)?\b/,
  /\bno (action|reply|response|need to (reply|respond|do anything|take (any )?action))( is)?( needed| required| necessary)?\b/,
  /\bnothing (is )?(needed|required) (from you|on your (side|end))\b/,
  /\bjust (to )?(keep|keeping) you (posted|informed|in the loop)\b|\bjust so you know\b|\bjust (a|an) (fyi|heads[- ]up)\b/,
  /(无需|无须|不用|不必|不需要|毋需)(回复|处理|操作|回信|任何操作|采取)/,
  // "本周不需要各位做任何处理", "大家不用另外安装", "各位无需额外操作".
  /(无需|无须|不用|不必|不需要|毋需|不需)(您|你|你们|您们|各位|大家|同事们|同仁)?(再|另外|额外|自行|特别)?(做|进行|采取)?(任何)?(回复|处理|操作|回信|动作|行动|准备|安装|设置|更改|改动)/,
  /\b(you )?(don't|do not|won't|will not) (need|have) to (do anything|reply|respond|take (any )?action|change anything|install anything)\b|\bnothing (for you )?to do\b/,
  /仅供参考|供(您|你|大家)?参考|知悉即可|请知悉|请悉知|周知|特此通知|特此公告|特此告知/,
];

// A mail written to thank or congratulate someone: its purpose is the thanks, and nothing is
// asked of the reader ("Thank you for covering the on-call shift on Saturday…", "恭喜你们…").
export const THANKS_PATTERNS: RegExp[] = [
  /^(a (big|huge) )?(thank you|thanks|many thanks|huge thanks|big thanks)( (so|very) much)?( again)?,? (for|to)\b/,
  /^(congratulations|congrats|well done|great job|great work|kudos)\b/,
  /^(非常|十分|特别|真心|衷心)?(感谢|谢谢|多谢)(你|您|大家|各位|你们|您们|团队)/,
  /^(恭喜|祝贺)/,
];
