import { ChartPanel } from "./components/ChartPanel";
import { Headlines } from "./components/Headlines";
import { MetricList } from "./components/MetricList";
import { CheckBadge } from "./components/CheckBadge";
import { loadSite } from "@/lib/server/site";
import { panelRowsCsv } from "@/lib/export/panel-csv";

export default async function DashboardPage() {
  const { bundle, metrics, checks, panels, headlines } = await loadSite();
  return (
    <>
      <h1>Russian oil and gas to China: the numbers, checked</h1>
      <p className="lede">
        In May 2024, as Putin visited Beijing, a news article put Russia&rsquo;s energy trade with
        China in four numbers. Here is each one, the sentence that states it, the sources it goes
        back to, and what the sources say around it.
      </p>
      <Headlines headlines={headlines} />
      {panels.map((panel) => (
        <ChartPanel
          key={panel.id}
          panel={panel}
          csvByView={panel.views.map((v) => panelRowsCsv(v.rows, bundle.sources))}
        >
          <MetricList
            metrics={metrics.filter((m) => panel.metricIds.includes(m.id))}
            sources={bundle.sources}
          />
          {checks
            .filter((c) => panel.checkIds.includes(c.id))
            .map((c) => (
              <p key={c.id}>
                <CheckBadge status={c.status} /> <strong>{c.label}.</strong> {c.reason}
              </p>
            ))}
          <p>
            <a href="/methodology">All metrics, factors and checks on the methodology page</a>
          </p>
        </ChartPanel>
      ))}
    </>
  );
}
