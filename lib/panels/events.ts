// Events from events.csv as vertical lines on a time axis.
import type { ChartAnnotation } from "../chart/spec";
import type { EventTopic, TimelineEvent } from "../data/types";

/** Position of a date on an axis of yearly categories: the year's index plus the fraction elapsed. */
export function yearAxisPosition(date: string, firstYear: number): number {
  const [y, m = "1", d = "1"] = date.split("-");
  const fraction = (Number(m) - 1 + (Number(d) - 1) / 31) / 12;
  // Category index i is centred on the year's bar: the year starts at i − 0.5.
  return Number(y) - firstYear - 0.5 + fraction;
}

/**
 * The events of one topic (a panel's) as vertical lines on a yearly axis from `firstYear` to
 * `lastYear`: a panel carries only the events that concern it (events.csv `topics`).
 */
export function eventLines(
  events: readonly TimelineEvent[],
  topic: EventTopic,
  firstYear: number,
  lastYear: number,
): ChartAnnotation[] {
  const inRange = events
    .filter((e) => e.topics.includes(topic))
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((e) => {
      const y = Number(e.date.slice(0, 4));
      return y >= firstYear && y <= lastYear;
    });
  // Events in the same month share one line, labelled together.
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const e of inRange) {
    const key = e.date.slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), e]);
  }
  return [...byMonth.values()].map((group) => ({
    kind: "vline" as const,
    x: yearAxisPosition(group[0]!.date, firstYear),
    label: group.map((e) => e.label).join(" · "),
    date: group[0]!.date,
  }));
}
