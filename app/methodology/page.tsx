import type { Metadata } from "next";
import { CheckBadge } from "@/app/components/CheckBadge";
import { SAVINGS_PERIOD_CHECK, savingsPeriodPair } from "@/lib/catalog/savings-period";
import { datasetFile } from "@/lib/data/datasets";
import { DATASETS, findDataset } from "@/lib/data/datasets";
import { formatExact } from "@/lib/format";
import { MetricCard, type SourceIndex } from "@/app/components/MetricCard";
import { FactorItem } from "@/app/components/FactorItem";
import { PeriodRow } from "@/app/components/PeriodRow";
import { ReaderMethodology } from "@/app/components/ReaderMethodology";
import { loadSite } from "@/lib/server/site";
import { ASSUMPTIONS } from "@/lib/checks/assumptions";
import { METHOD_ANSWERS } from "@/lib/catalog/method-answers";
import styles from "./methodology.module.css";
import cardStyles from "@/app/components/metric-card.module.css";

export const metadata: Metadata = {
  title: "Methodology",
  description:
    "How every derived number is computed: formulas, inputs with their sources, ranges, conversion factors, consistency checks and known gaps.",
};

export default async function MethodologyPage() {
  const site = await loadSite();
  const sources: SourceIndex = new Map(site.bundle.sources.map((s) => [s.id, s]));
  const savings = savingsPeriodPair(site.bundle);
  const savingsCheck = site.checks.find((c) => c.id === SAVINGS_PERIOD_CHECK);
  const rejected = site.bundle.reports.filter((r) => r.rejected > 0 || r.errors.length > 0);
  const claimLabels: Readonly<Record<string, string>> = findDataset("article")?.series ?? {};

  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        How each of the {site.metrics.length} derived numbers is computed, from which rows and
        factors, and how far its range reaches; the {site.bundle.factors.length} conversion factors;
        the {site.checks.length} checks that compare numbers which should agree; and what the data
        does not cover.
      </p>
      <ReaderMethodology />
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          <li>
            <a href="#metrics">Derived metrics</a>
          </li>
          <li>
            <a href="#assumptions">Assumptions</a>
          </li>
          <li>
            <a href="#factors">Conversion factors</a>
          </li>
          <li>
            <a href="#checks">Consistency checks</a>
          </li>
          <li>
            <a href="#caveats">Known gaps and caveats</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="metrics" className={styles.section}>
        <h2 id="metrics">Derived metrics</h2>
        <p className="muted">
          Each range says where it comes from: the rounding of a stated figure, a sourced factor
          range, or a hedge word (“nearly”) read by an assumption listed below. Every input is of
          the claim&apos;s own period; where one is not, the metric carries a fallback flag. The
          same definitions produce the dashboard,{" "}
          <a href="/data/metrics.csv" download>
            metrics.csv
          </a>{" "}
          and the command line.
        </p>
        <ul className={`metric-list ${styles.cards}`}>
          {site.metrics.map((m) => (
            <MetricCard key={m.id} metric={m} sources={sources} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="assumptions" className={styles.section}>
        <h2 id="assumptions">Assumptions</h2>
        <p className="muted">
          Numbers and readings no source states: the project&apos;s own, each used where it is named
          here. A range end that rests on one says so in the metric&apos;s range line.
        </p>
        <ul className={`metric-list ${styles.cards}`} data-testid="assumptions">
          {ASSUMPTIONS.map((a) => (
            <li key={a.id} id={`assumption-${a.id}`} className={cardStyles.item}>
              <h3>
                {a.what}: <strong>{formatExact(a.value, a.unit)}</strong>
              </h3>
              <p className="muted">{a.why}</p>
            </li>
          ))}
          {site.metrics
            .filter((m) => m.flags.length > 0)
            .map((m) => (
              <li key={m.id} className={cardStyles.item} data-testid="assumption-fallback">
                <h3>Fallback period: {m.label}</h3>
                <p className="muted">
                  {m.flags.join("; ")}. No figure for the claim&apos;s own period is in the data, so
                  another period&apos;s stands in (<a href={`#metric-${m.id}`}>the metric</a>).
                </p>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="factors" className={styles.section}>
        <h2 id="factors">Conversion factors</h2>
        <p className="muted">
          The metrics use each factor&apos;s central value; their low and high ends use its range (
          <a href="/data/factors.csv" download>
            factors.csv
          </a>
          ).
        </p>
        <ul className={`metric-list ${styles.cards}`}>
          {site.bundle.factors.map((f) => (
            <FactorItem key={f.id} factor={f} sources={sources} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="checks" className={styles.section}>
        <h2 id="checks">Consistency checks</h2>
        <ul className={`metric-list ${styles.cards}`}>
          {site.checks.map((c) => (
            <li key={c.id} id={`check-${c.id}`} className={cardStyles.item}>
              <h3>
                <CheckBadge status={c.status} /> {c.label}
              </h3>
              <p>{c.reason}</p>
              <p className="muted">Rule: {c.rule}</p>
              {c.claim && (
                <p className="muted">
                  About the article&apos;s claim: {claimLabels[c.claim] ?? c.claim} (
                  <code>{c.claim}</code>).
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="caveats" className={`${styles.section} ${styles.far}`}>
        <h2 id="caveats">Known gaps and caveats</h2>
        {savings && (
          <>
            <h3 id="savings-period">The savings period</h3>
            {savingsCheck && (
              <p>
                <CheckBadge status={savingsCheck.status} /> {savingsCheck.reason}{" "}
                {savingsCheck.status !== "pass" &&
                  "The dashboard shows both figures, each with its period, and warns. "}
                <a href={`#check-${savingsCheck.id}`}>The check</a>.
              </p>
            )}
            <dl className={styles.pair}>
              <PeriodRow label="The article" row={savings.claim} sources={sources} />
              {savings.estimate && (
                <PeriodRow label="The estimate" row={savings.estimate} sources={sources} />
              )}
            </dl>
          </>
        )}
        {DATASETS.map((d) => (
          <div key={d.name}>
            <h3 id={`caveats-${d.name}`}>{d.title}</h3>
            <ul>
              {d.caveats.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            <p className="muted">
              <a href={`/data#dataset-${d.name}`}>{datasetFile(d.name)} in the catalog</a>
            </p>
          </div>
        ))}
        <h3 id="method-answers">Method choices, and why</h3>
        <dl>
          {METHOD_ANSWERS.map((a) => (
            <div key={a.id} id={`answer-${a.id}`}>
              <dt>{a.topic}</dt>
              <dd>{a.answer}</dd>
            </div>
          ))}
        </dl>
        <h3 id="validation">Rows rejected by validation</h3>
        {rejected.length === 0 ? (
          <p>
            None: every row of the {site.bundle.reports.length} files in data/ passed validation.
          </p>
        ) : (
          <ul>
            {rejected.map((r) => (
              <li key={r.file}>
                {r.file}:{" "}
                {r.rows === 0
                  ? r.errors[0]?.message
                  : `${r.rejected} of ${r.rows} rows rejected; first reason: ${r.errors[0]?.message ?? "–"}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
