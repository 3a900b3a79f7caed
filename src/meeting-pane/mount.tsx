import { createRoot, type Root } from "react-dom/client";
import { MeetingPane, type MeetingPaneProps } from "./MeetingPane";

// Mounting the pane, shared by Outlook (index.tsx) and the playground (playground/meeting.tsx).

export function mountMeetingPane(container: HTMLElement, props: MeetingPaneProps, root: Root = createRoot(container)): Root {
  root.render(<MeetingPane {...props} />);
  return root;
}
