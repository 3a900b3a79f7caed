import { outlookComplianceWiring } from "../pane-shell/compliance-wiring";
import { mountTaskpane } from "./mount";

// The message compose pane (taskpane.html): opened from the ribbon's "Check policy" button and
// from Smart Alerts' Fix button.

void Office.onReady(() => {
  const element = document.getElementById("root");
  document.body.style.margin = "0";
  if (element) mountTaskpane(element, { compliance: outlookComplianceWiring() });
});
