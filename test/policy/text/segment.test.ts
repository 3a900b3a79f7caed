import { parseBody } from "../../../src/policy/text/segment";

const kinds = (html: string, type: "html" | "text" = "html") =>
  parseBody({ contentType: type, content: html }).segments.map((s) => `${s.kind}: ${s.text.replace(/\n/g, " / ")}`);

describe("parseBody", () => {
  test("Outlook desktop reply with English header block and signature", () => {
    const html = `<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=WordSection1>
<p class=MsoNormal>Hi Lisa,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>I'm writing to confirm the budget for the Q3 campaign.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Could you approve it by Friday?<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Best regards,<o:p></o:p></p><p class=MsoNormal>Tom Chen<o:p></o:p></p><p class=MsoNormal>Marketing | +86 21 5555 0101<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa Wang &lt;lisa@contoso.com&gt; <br><b>Sent:</b> Monday, November 23, 2026 10:00 AM<br><b>To:</b> Tom Chen<br><b>Subject:</b> Budget</p></div>
<p class=MsoNormal>lol can you send it asap!!!</p></div></body></html>`;
    expect(kinds(html)).toEqual([
      "greeting: Hi Lisa,",
      "paragraph: I'm writing to confirm the budget for the Q3 campaign.",
      "paragraph: Could you approve it by Friday?",
      "signoff: Best regards,",
      "signature: Tom Chen / Marketing | +86 21 5555 0101",
      "quoted: From: Lisa Wang <lisa@contoso.com> / Sent: Monday, November 23, 2026 10:00 AM / To: Tom Chen / Subject: Budget /  / lol can you send it asap!!!",
    ]);
  });

  test("Chinese plain text with 此致敬礼 and a Traditional quoted header", () => {
    const text = "王经理：\n您好！\n\n为确认下周上线计划，特此来信。\n\n请于周五前回复是否同意。\n\n此致\n敬礼\n张三\n\n寄件者: 李四 <li@contoso.com>\n寄件日期: 2026年11月23日 10:00\n收件者: 張三\n主旨: 上線\n\n請儘快處理";
    expect(kinds(text, "text")).toEqual([
      "greeting: 王经理： / 您好！",
      "paragraph: 为确认下周上线计划，特此来信。",
      "paragraph: 请于周五前回复是否同意。",
      "signoff: 此致 / 敬礼",
      "signature: 张三",
      "quoted: 寄件者: 李四 <li@contoso.com> / 寄件日期: 2026年11月23日 10:00 / 收件者: 張三 / 主旨: 上線 /  / 請儘快處理",
    ]);
  });

  test("Outlook web reply container, signature div and a disclaimer", () => {
    const html = `<div>Hello team, the release notes for v2.3 are attached.</div><div><br></div><div>Please review them before Thursday.</div><div><br></div><div>Thanks,</div><div id="Signature"><div>Anna Li</div><div>This email and any attachments are confidential and intended solely for the addressee.</div></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Bob</div><div>old text</div>`;
    expect(kinds(html)).toEqual([
      "greeting: Hello team,",
      "paragraph: the release notes for v2.3 are attached.",
      "paragraph: Please review them before Thursday.",
      "signoff: Thanks,",
      "signature: Anna Li",
      "disclaimer: This email and any attachments are confidential and intended solely for the addressee.",
      "quoted: From: Bob / old text",
    ]);
  });

  test("Chinese disclaimers under a heading, in an Outlook body after the signature", () => {
    const msoP = (t: string) => `<p class=MsoNormal>${t}<o:p></o:p></p>`;
    const gap = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>";
    const html = (lines: string[]) => `<html><body><div class=WordSection1>${lines.join("")}</div></body></html>`;
    const cn = html([msoP("各位同事："), gap, msoP("机房将于11月28日停电维护，请提前保存文件。"), gap, msoP("IT部"), gap, msoP("保密声明：本邮件及其附件含有 Contoso 公司的保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！")]);
    expect(kinds(cn).slice(-1)[0]).toMatch(/^disclaimer: 保密声明/);
    const tw = html([msoP("資訊部您好，"), gap, msoP("會議室電話從今天下午開始無法撥出外線，麻煩協助處理。"), gap, msoP("林雅婷"), gap, msoP("機密聲明：本電子郵件及其附件可能含有機密或受法律保護之資訊，僅供指定收件者使用。若您並非指定收件者，請立即通知寄件者並刪除本郵件。")]);
    expect(kinds(tw).slice(-1)[0]).toMatch(/^disclaimer: 機密聲明/);
    const bare = "张总：\n\n季度报告见附件，请审阅。\n\n李涛\n\n如果您错收了本邮件，请您立即通知发件人并删除本邮件。";
    expect(kinds(bare, "text").slice(-1)[0]).toMatch(/^disclaimer: 如果您错收了本邮件/);
  });

  test("prose about a confidentiality statement or telling a sender is no disclaimer", () => {
    const lastKind = (text: string) => kinds(text, "text").filter((k) => !k.startsWith("signature") && !/^paragraph: \S{2,3}$/.test(k)).slice(-1)[0];
    expect(lastKind("王经理：\n\n法务部更新了保密声明的模板，请在下周起的对外邮件里使用。\n\n保密声明的修订稿见附件，请周五前确认。\n\n李涛")).toMatch(/^paragraph: 保密声明的修订稿/);
    expect(lastKind("各位：\n\n上周的重复邮件是系统故障造成的。\n\n我们下周会通知发件人删除重复的邮件，大家不用处理。\n\n李涛")).toMatch(/^paragraph: 我们下周会通知发件人/);
    expect(lastKind("各位：\n\n機密聲明範本已更新。\n\n機密聲明的新版本請見共用資料夾，請於週五前改用。\n\n李濤")).toMatch(/^paragraph: 機密聲明的新版本/);
  });

  test("Gmail quote and On ... wrote:", () => {
    const text = "Sounds good, I'll book the room for 3pm.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Bob Smith <bob@example.com>\nwrote:\n> Can we meet tomorrow?";
    expect(kinds(text, "text")).toEqual([
      "paragraph: Sounds good, I'll book the room for 3pm.",
      "quoted: On Mon, Nov 23, 2026 at 9:14 AM Bob Smith <bob@example.com> / wrote: / > Can we meet tomorrow?",
    ]);
  });

  test("headings are not greetings; Teams block is join info", () => {
    const text = "议程：\n1. 需求评审\n2. 排期\n\n会议记录人：李四\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\nClick here to join the meeting\n________________________________________________________________________________";
    const out = kinds(text, "text");
    expect(out[0]).toBe("paragraph: 议程： / 1. 需求评审 / 2. 排期");
    expect(out[2].startsWith("joinInfo:")).toBe(true);
  });

  test("a thank-you line followed by a request is not a sign-off", () => {
    const text = "感谢大家上周的辛苦付出\n请在周五前提交报告。";
    expect(kinds(text, "text")).toEqual(["paragraph: 感谢大家上周的辛苦付出 / 请在周五前提交报告。"]);
  });
  test("a name with a comma on its own line, then 你好, greets (Outlook web)", () => {
    const html = "<div>张工，</div><div>你好！</div><div><br></div><div>打印机又卡纸了，麻烦您下午来看一下。</div><div><br></div><div>李娜</div>";
    expect(kinds(html)).toEqual(["greeting: 张工， / 你好！", "paragraph: 打印机又卡纸了，麻烦您下午来看一下。", "paragraph: 李娜"]);
    expect(kinds("所以，\n这次升级推迟到下周。", "text")).toEqual(["paragraph: 所以， / 这次升级推迟到下周。"]);
    expect(kinds("王伟，\n附件是本月的网络流量报表，请查收。\n\n李娜", "text")).toEqual(["greeting: 王伟，", "paragraph: 附件是本月的网络流量报表，请查收。", "paragraph: 李娜"]);
    expect(kinds("收到，\n谢谢！", "text")).toEqual(["paragraph: 收到，", "signoff: 谢谢！"]);
    expect(kinds("张工，你好！\n\n新版本采用滚动发布。\n\n王伟", "text")).toEqual(["greeting: 张工，你好！", "paragraph: 新版本采用滚动发布。", "paragraph: 王伟"]);
    expect(kinds("李经理，您好！客户昨天来电，约了明天上午远程排查。", "text")).toEqual(["greeting: 李经理，您好！", "paragraph: 客户昨天来电，约了明天上午远程排查。"]);
  });

  test("unmarked signatures: one line per paragraph after the sign-off, a dash rule, contact lines", () => {
    expect(kinds("Dear all,\n\nPlease send the forecast by Thursday.\n\nKind regards,\n\nLucy\n\nLucy Wang\n\nIT Finance & Licensing\n\nContoso Ltd. | Ext. 8170", "text")).toEqual([
      "greeting: Dear all,",
      "paragraph: Please send the forecast by Thursday.",
      "signoff: Kind regards,",
      "signature: Lucy /  / Lucy Wang /  / IT Finance & Licensing /  / Contoso Ltd. | Ext. 8170",
    ]);
    expect(kinds("<div>何工您好：</div><div><br></div><div>麻烦您本周三前给个初步结论。</div><div><br></div><div>谢谢！</div><div><br></div><div>马超</div><div><br></div><div>------------------</div><div>马超</div><div>研发中心 | 后端架构师</div>")).toEqual([
      "greeting: 何工您好：",
      "paragraph: 麻烦您本周三前给个初步结论。",
      "signoff: 谢谢！",
      "signature: 马超 /  / ------------------ / 马超 / 研发中心 | 后端架构师",
    ]);
    expect(kinds("資訊部您好：\n\n請協助在中午前派人檢查，謝謝。\n\n周美玲\n\n法務室 | 分機 205", "text")).toEqual([
      "greeting: 資訊部您好：",
      "paragraph: 請協助在中午前派人檢查，謝謝。",
      "signature: 周美玲 /  / 法務室 | 分機 205",
    ]);
    expect(kinds("财务部：\n\n请于11月20日前回复。\n\n此致\n\n敬礼！\n\n康拓科技有限公司 财务部\n\n2026年11月6日", "text")).toEqual([
      "greeting: 财务部：",
      "paragraph: 请于11月20日前回复。",
      "signoff: 此致",
      "signoff: 敬礼！",
      "signature: 康拓科技有限公司 财务部 /  / 2026年11月6日",
    ]);
  });

  test("short last lines that are prose stay prose", () => {
    // A name alone (no contact, title or company under it) is left to the rules to read.
    expect(kinds("Hi Lisa,\n\nThe printer is fixed.\n\nTom", "text")).toEqual(["greeting: Hi Lisa,", "paragraph: The printer is fixed.", "paragraph: Tom"]);
    // A list under a thank-you line is no signature.
    expect(kinds("Thanks for the quick reply\n- the VPN works\n- the printer works", "text")).toEqual(["paragraph: Thanks for the quick reply / - the VPN works / - the printer works"]);
    // A closing question is prose, however short.
    expect(kinds("Hi Tom,\n\nThe new office opens on Monday.\n\nShall we move the printers first?\n\nIT Site Lead, Taipei", "text")).toEqual([
      "greeting: Hi Tom,",
      "paragraph: The new office opens on Monday.",
      "paragraph: Shall we move the printers first?",
      "signature: IT Site Lead, Taipei",
    ]);
  });
});

describe("table cells", () => {
  test("lines read from <td> / <th> are marked, and the sender's part says which line starts stood in one", () => {
    const html = "<p>Files:</p><table><tr><th>File</th><th>Note</th></tr><tr><td>a.pdf</td><td>the plan<br>v2</td></tr></table><p>Thanks</p>";
    const parsed = parseBody({ contentType: "html", content: html });
    const starts = parsed.ownText.split("\n").reduce<Array<[string, number]>>((out, line) => {
      const at = out.length === 0 ? 0 : out[out.length - 1][1] + out[out.length - 1][0].length + 1;
      return [...out, [line, at]];
    }, []);
    expect(starts.map(([line, at]) => [line, parsed.isTableCellLine(at)])).toEqual([
      ["Files:", false], ["", false], ["File", true], ["Note", true], ["a.pdf", true], ["the plan", true], ["v2", true], ["Thanks", false],
    ]);
    expect(parseBody({ contentType: "text", content: "a.pdf\tthe plan" }).isTableCellLine(0)).toBe(false);
  });
});
