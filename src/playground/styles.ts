import { makeStyles, tokens } from "@fluentui/react-components";

// The playground pages' layout, in Fluent tokens: the simulated Outlook window beside the
// pane on a wide screen, the pane under it below 900 px (usable at 760 px without scrolling
// sideways).

const NARROW = "@media (max-width: 900px)";

export const usePlaygroundStyles = makeStyles({
  page: {
    display: "flex",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    [NARROW]: { flexDirection: "column" },
  },
  compose: { flex: "1 1 auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, minWidth: 0, boxSizing: "border-box" },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM, minWidth: 0 },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))", gap: tokens.spacingHorizontalM },
  pane: {
    flex: "0 0 380px",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    maxHeight: "100vh",
    position: "sticky",
    top: 0,
    [NARROW]: { flex: "1 1 auto", borderLeft: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, maxHeight: "none", position: "static" },
  },
  attachments: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  attachment: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  pre: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyBase },
  field: { minWidth: 0, maxWidth: "100%" },
});
