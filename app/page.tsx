import { Dashboard } from "./components/Dashboard";
import { withoutRows } from "@/lib/dashboard/compute";
import { loadSite } from "@/lib/server/site";
import { UploadIntro } from "./components/upload/UploadIntro";
import { SinceTheArticle } from "./components/SinceTheArticle";
import { LedgerSection } from "./components/LedgerSection";
import { ledgerGroups } from "@/lib/ledger/groups";
import { latestPeriod, sinceTheArticle } from "@/lib/since/since";

export default async function DashboardPage() {
  const { bundle, metrics, checks, headlines, panels, controls, metricSources } = await loadSite();
  return (
    <>
      <h1>Russian oil and gas to China: the numbers, checked</h1>
      <p className="lede">
        In May 2024, as Putin visited Beijing, a news article put Russia&rsquo;s energy trade with
        China in four numbers. Here is each one, the sentence that states it, the sources it goes
        back to, and what the sources say around it. Change an assumption, or{" "}
        <a href="#upload">bring your own figures</a>, and everything recomputes in your browser.
      </p>
      <SinceTheArticle rows={sinceTheArticle(bundle)} latest={latestPeriod(bundle)} />
      <Dashboard
        initial={withoutRows({ metrics, checks, headlines, panels, controls, metricSources })}
        uploadIntro={<UploadIntro />}
      />
      <LedgerSection groups={ledgerGroups(bundle)} />
    </>
  );
}
