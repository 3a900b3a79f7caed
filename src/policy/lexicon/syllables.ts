// Spellings of Chinese given-name syllables that the Mandarin systems romanized.ts derives
// (Pinyin, Wade–Giles, Tongyong) never write. HONG_KONG: Cantonese, as Hong Kong names are
// written ("Ka-ming", "Wing-yan", "Siu-fung"); PASSPORT: ü as China's passports write it (Lyu).
export const HONG_KONG_SYLLABLES =
  "chak cheuk cheung chiu choi chuen chung fai fat fok hei hin hoi hok hung kam kei keung kin kit kiu kwai kwan kwok " +
  "kwong lai lam lok luen mui ngai ngan pak pui sai sam sheung shing shu siu suet sum sze tak tin tsang tse tsui tsz " +
  "tung wah wai wing wun yam yat yau yee yeung yik yin yip yiu yuen yuk yung";

export const PASSPORT_SYLLABLES = "lyu nyu lyue nyue";

// Surnames as Hong Kong writes them in Cantonese, in spellings that no Mandarin system gives any
// surname ("Chan" is also Wade–Giles for 詹, the rarer reading, and is kept): beside one, a given
// name is Cantonese ("Ka Ho Chan" for 家豪) even when each of its syllables is also Mandarin.
export const HONG_KONG_SURNAMES =
  "au chan cheuk cheung chiu choi chow fong fung hui ip koo kwan kwok lam lau law leung lui mak mok ng ngai poon " +
  "shek siu so sze szeto tam tsang tse tsui wong yeung yip yuen";
