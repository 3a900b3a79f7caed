import { makeStyles, tokens } from "@fluentui/react-components";

// The meeting pane's own styles, in Fluent tokens only (the frame's are in pane-shell).

export const useMeetingStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap", minWidth: 0 },
  rules: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  rule: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  title: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  minutes: { flexBasis: "5em", minWidth: 0 },
  owner: { flexBasis: "8em", flexGrow: 1, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  remove: { minWidth: tokens.spacingHorizontalXXXL },
});
