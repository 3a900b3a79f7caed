// `comm-policy --help`. The README's CLI section is the long form.

export const USAGE = `Usage: comm-policy <command> [options] FILE...

Checks e-mails and meetings against the company's communication policy, with the
same engine as the Outlook add-in.

Commands:
  check FILE...    check .eml / .msg mails, .ics meetings and .json drafts
  draft FILE...    print the drafts read from the files (JSON draft format)
  report PATH...   the compliance report over folders of exported mail and meetings
                   (.eml, .msg, .mbox, .ics, .json): one HTML file; see below
  schema           print the JSON Schema of the policy file

Options:
  --policy FILE    tenant policy file (JSON); default: the built-in policy
  --now ISO-8601   moment of sending / booking, e.g. 2026-11-24T10:00:00+08:00;
                   default: the file's Date header, DTSTAMP or sentAt / bookedAt
  --lang LANG      en, zh-CN or zh-TW; default: from LANG, else en
  --json           print one JSON array instead of the readable report:
                   [{"file", "kind", "item" (when a file holds several), "subject",
                     "findings": [{"rule", "severity", "message", "clause", ...}], "notices"}]
  -h, --help       print this help

A .json draft is one object or an array of them, e.g.
  {"kind": "mail", "subject": "...", "body": "...", "to": ["Lisa Wang <lisa.wang@contoso.com>"]}
(fields as in the add-in's MailDraft / MeetingDraft; lists left out, such as bcc or attachments,
are empty; "comm-policy draft FILE" shows what was read).

Report options (comm-policy report [options] PATH...):
  --policy FILE / --compare FILE   the policy, and a proposed one to simulate beside it
  --directory FILE   people.csv: address, display name, department, manager
  --from / --to YYYY-MM-DD         the period (days sent or booked, policy time zone)
  --out FILE         the HTML report (default report.html); --json FILE, --csv FILE: the figures
  --show-names       show names and paths (default: pseudonyms); --no-quotes: no quoted words
  --jobs N           worker threads (default: the cores); --time-limit S: per file (default 30)
  --lang LANG        the report's language; --secret-file FILE: pseudonyms shared by runs
  --merge FILE...    add up the --json outputs of several runs into one report

Exit status: 0 no finding is an error, 1 a finding is an error,
2 unusable input (bad usage, invalid policy, a file that cannot be read).
`;
