import { makeStyles, tokens } from "@fluentui/react-components";

// The styles both panes share, in Fluent tokens only: the same styles read right in the light
// and the dark theme, and at Outlook's narrowest pane width.

export const useShellStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minHeight: tokens.lineHeightBase200 },
  /** Every action button: a long label wraps inside the button, which never overflows its row. */
  action: {
    maxWidth: "100%",
    height: "auto",
    minHeight: tokens.lineHeightBase500,
    whiteSpace: "normal",
    textAlign: "start",
    justifyContent: "flex-start",
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "stretch", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, minWidth: 0 },
  /** A line of its own under a title: an excerpt, a notice's paragraph. */
  excerpt: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  manual: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  form: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: "wrap", minWidth: 0 },
  /** A text field that takes the row's room and wraps below its button on a narrow pane. */
  grow: { flexGrow: 1, flexBasis: "12em", minWidth: 0 },
  /** User text (names, file names, excerpts): isolated from the sentence around it, wrapped anywhere as a last resort. */
  userText: { unicodeBidi: "isolate", overflowWrap: "anywhere" },
  /** An address breaks after its hyphens, dots and "@" before anywhere else. */
  address: { unicodeBidi: "isolate", overflowWrap: "anywhere", wordBreak: "normal" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
    padding: 0,
  },
});
