import { useEffect, useRef } from "react";

// A chart drawn by a function that returns a DOM element (Observable Plot), redrawn when its
// inputs change. React owns the box; the chart owns what is inside it. The box is one image
// with a name for assistive technology (the tables beside it carry the same figures); Plot's
// own aria-labels on SVG groups (no role, so not permitted: axe aria-prohibited-attr) go.

function asDecoration(chart: Element): Element {
  chart.setAttribute("aria-hidden", "true");
  for (const labelled of chart.querySelectorAll("[aria-label]")) labelled.removeAttribute("aria-label");
  return chart;
}

export function Chart(props: { draw: (width: number) => Element; label: string; testId: string }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const { draw } = props;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    element.replaceChildren(asDecoration(draw(Math.max(320, element.clientWidth || 640))));
  }, [draw]);
  return <div ref={box} role="img" aria-label={props.label} data-testid={props.testId} style={{ width: "100%", overflowX: "auto" }} />;
}
