import { Divider } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { useMeetingStyles } from "../styles";

// One section of the meeting pane: a heading the region is named by, then its content.

export function Section({ title, testId, graph, children }: { title: string; testId: string; graph?: string; children: ReactNode }) {
  const styles = useMeetingStyles();
  const id = useId();
  return (
    <>
      <section className={styles.section} aria-labelledby={id} data-testid={testId} data-graph={graph}>
        <h2 id={id} className={styles.heading}>
          {title}
        </h2>
        {children}
      </section>
      <Divider />
    </>
  );
}
