import { makeStyles, tokens } from "@fluentui/react-components";

// The message pane's own styles, in Fluent tokens only (the frame's are in pane-shell).

export const usePaneStyles = makeStyles({
  groupHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  quote: { fontStyle: "normal", color: tokens.colorNeutralForeground1 },
  clause: { display: "block", marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  footer: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});
