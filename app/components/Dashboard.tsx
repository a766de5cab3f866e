"use client";
// The dashboard's state: which data (published or the reader's), which scenario and which view.
// The published data in the default view arrives computed from the server (`initial`); any other
// data or view goes through the pipeline (lib/dashboard/pipeline.ts), the same lib code the
// build and the CLI use, which recomputes only what a change touches. That code and the
// published data are fetched when the reader first reaches for the controls or changes the view,
// so the first visit downloads neither.
import {
  memo,
  type ReactNode,
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { DashboardModel } from "@/lib/dashboard/compute";
import { sectionsOf } from "@/lib/dashboard/model";
import { DEFAULT_VIEW, serializeViewState, type ViewState } from "@/lib/view/state";
import { Controls } from "./Controls";
import { loadBanner, loadRecompute, viewInAddress } from "./dashboard-loads";
import { Headlines } from "./Headlines";
import { PanelSection } from "./PanelSection";
import { loadPublishedBundle } from "./published-bundle";
import { keepReaderData, storedReaderData } from "./reader-stored";
import type { ReaderData } from "./ReaderBanner";
import { LoadFailed } from "./LoadFailed";
import { ShareButton } from "./ShareButton";
import { UploadPanel } from "./upload/UploadPanel";
import { useLazyModule } from "./use-lazy-module";

const MemoHeadlines = memo(Headlines);
const MemoControls = memo(Controls);
// Neither depends on the view: memoised, a control's render does not reach them (the upload's
// working part is a few hundred elements once loaded).
const MemoShareButton = memo(ShareButton);
const MemoUploadPanel = memo(UploadPanel);

/** How long the view must stay unchanged before the URL is rewritten. */
const URL_DELAY_MS = 300;

type Change = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);

export function Dashboard({
  initial,
  uploadIntro,
}: {
  /** `computeDashboard(published data, DEFAULT_VIEW)`, done on the server. */
  initial: DashboardModel;
  /** The upload section's heading and explanation (UploadIntro), rendered on the server. */
  uploadIntro: ReactNode;
}) {
  const [reader, setReader] = useState<ReaderData | null>(null);
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const [reached, setReached] = useState(false);
  // The address's view could not be read (its parser did not load): shown with "Try again".
  const [addressError, setAddressError] = useState<Error | null>(null);
  const [addressAttempt, setAddressAttempt] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const urlApplied = useRef<"no" | "next render" | "yes">("no");
  // The loaders below and "Apply" read the latest data and view through a ref, so they stay the
  // same functions and the memoised panels are not rendered again for them.
  const latest = useRef({ reader, view });
  useEffect(() => {
    latest.current = { reader, view };
  });
  // Applying a reader's data recomputes everything: as a transition, the page stays responsive
  // and keeps showing the last numbers until the new ones are ready.
  // The upload's worker stores the bundle for a reload itself (`kept` says whether it could:
  // reader-storage.ts). The reader's rows are indexed first, in slices (lib/dashboard/prepare.ts),
  // so that the render is not one long task; a later apply or "Remove" meanwhile wins.
  const applying = useRef(0);
  const applyReader = useCallback(
    async (data: (ReaderData & { kept?: Promise<boolean> }) | null) => {
      const reader = data && { bundle: data.bundle, mode: data.mode, files: data.files };
      void keepReaderData(reader, data?.kept && { keptBy: data.kept });
      const turn = ++applying.current;
      if (reader)
        await loadRecompute().then(
          (r) => r.prepare(reader.bundle, () => latest.current.view),
          () => {},
        );
      if (turn !== applying.current) return;
      startTransition(() => setReader(reader));
    },
    [],
  );

  // The URL and the tab's stored upload are read once after hydration (the static HTML shows the
  // published data in the default view), then kept in step. Without either there is nothing to
  // change, and no render: a render now would force every Suspense boundary below to hydrate at
  // once. `data-hydrated` (set here, never rendered) tells tests the URL has been applied.
  useEffect(() => {
    let live = true;
    // The stored upload is in IndexedDB (reader-stored.ts), which answers asynchronously.
    void Promise.all([viewInAddress(), storedReaderData()]).then(
      async ([fromUrl, stored]) => {
        // A stored upload is indexed ahead, in slices, as on "Apply".
        if (stored)
          await loadRecompute().then(
            (r) => r.prepare(stored.bundle, () => fromUrl),
            () => {},
          );
        if (!live) return;
        if (serializeViewState(fromUrl) === "" && stored === null) {
          urlApplied.current = "yes";
          root.current?.setAttribute("data-hydrated", "");
          return;
        }
        urlApplied.current = "next render";
        setView(fromUrl);
        setReader(stored);
        if (fromUrl.panel) document.getElementById(fromUrl.panel)?.scrollIntoView();
      },
      (err: unknown) =>
        live && setAddressError(err instanceof Error ? err : new Error(String(err))),
    );
    return () => {
      live = false;
    };
  }, [addressAttempt]);
  const readAddressAgain = useCallback(() => {
    setAddressError(null);
    setAddressAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    if (urlApplied.current !== "next render" || (view === DEFAULT_VIEW && reader === null)) return;
    urlApplied.current = "yes";
    root.current?.setAttribute("data-hydrated", "");
  });
  const update = useCallback((change: Change) => {
    setView((current) => ({
      ...current,
      ...(typeof change === "function" ? change(current) : change),
    }));
  }, []);
  // The URL follows the view once the reader pauses (a slider sends a change per step): Next.js
  // answers every history.replaceState by updating its router, which cost a slider step about a
  // fifth of its time when it was written on each change.
  useEffect(() => {
    if (urlApplied.current !== "yes") return;
    const timer = setTimeout(() => {
      const query = serializeViewState(view);
      const next = query ? `?${query}` : window.location.pathname;
      if (next !== (window.location.search || window.location.pathname))
        window.history.replaceState(null, "", `${next}${window.location.hash}`);
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [view]);
  const reach = useCallback(() => setReached(true), []);

  // A control answers in two renders (issue 14: input → next paint ≤ 100 ms at 4× CPU
  // slowdown). The urgent one moves the control and marks the dashboard "computing"; the numbers,
  // panels and charts follow for the deferred view (`useDeferredValue`: a transition, which the
  // next step of a slider interrupts), painted a frame later, and the dashboard is "ready" again
  // when they show the view the controls show. Before, every change recomputed and redrew its
  // charts inside the input event (React flushes a discrete event's effects, Chart.js's update
  // among them, before the browser may paint). Measured (BENCHMARKS.md, session 4), same minutes:
  // the crude-factor slider's p75 176–248 ms before, 48–72 ms after; every control within 100 ms.
  const shownView = useDeferredValue(view);
  // The server's numbers hold until the reader's data or view differ from the published default.
  const wanted = reader !== null || serializeViewState(view) !== "";
  const custom = reader !== null || serializeViewState(shownView) !== "";
  const loaded = useLazyModule(loadRecompute, wanted || reached);
  const banner = useLazyModule(loadBanner, reader !== null);
  const live = custom ? loaded.module : null;
  const bundle = reader?.bundle ?? live?.published;
  // Back to the published data in the default view (the reader removed their data): the pipeline
  // lets go of what it remembers, the reader's rows with it.
  const idle = !wanted && !custom ? loaded.module : null;
  useEffect(() => idle?.run.forget(), [idle]);
  const result = useMemo(
    () => (live && bundle ? live.run(bundle, shownView) : null),
    [live, bundle, shownView],
  );
  // While the recompute code loads (the first change), the controls show the reader's choice
  // and the dashboard says "computing" (aria-busy). If it fails to load, the controls show the
  // view the numbers are for (a control must not look applied when the charts do not show it);
  // the reader's choice is kept, and "Try again" applies it.
  const failed = loaded.error !== null && wanted && !loaded.module;
  const controlsView = failed ? DEFAULT_VIEW : view;
  const model = result ?? initial;
  const initialSections = useMemo(() => sectionsOf(initial), [initial]);
  const sections = result?.sections ?? initialSections;
  const sources = useMemo(
    () => new Map(model.metricSources.map((s) => [s.id, s])),
    [model.metricSources],
  );

  // The page arrives without the panels' rows; a table or a download in the default view
  // computes them with the same pipeline (whose memory then serves the next change).
  const loadRows = useCallback(async (panelId: string, viewId: string) => {
    const { run, published } = await loadRecompute();
    const { reader: data, view: current } = latest.current;
    const rows = run(data?.bundle ?? published, current)
      .panels.find((p) => p.id === panelId)
      ?.views.find((v) => v.id === viewId)?.rows;
    if (!rows) throw new Error(`no rows for the view ${panelId}/${viewId}`);
    return rows;
  }, []);
  // A panel's CSV names each row's source: all of them, so they are fetched for the download.
  const loadSources = useCallback(
    async () => (latest.current.reader?.bundle ?? (await loadPublishedBundle())).sources,
    [],
  );
  const onViewChange = useCallback(
    (panelId: string, viewId: string) =>
      update((current) => ({ views: { ...current.views, [panelId]: viewId }, panel: panelId })),
    [update],
  );
  const onShowTable = useCallback(
    (panelId: string, table: boolean) =>
      update((current) => ({
        tables: table
          ? [...new Set([...current.tables, panelId])]
          : current.tables.filter((t) => t !== panelId),
        panel: panelId,
      })),
    [update],
  );
  const onReset = useCallback(() => applyReader(null), [applyReader]);
  const state = failed
    ? "failed"
    : view !== shownView || (custom && !result)
      ? "computing"
      : "ready";

  return (
    <div ref={root} className="dashboard" data-state={state} aria-busy={state === "computing"}>
      {failed && (
        <p role="alert" className="problem">
          The numbers for this view could not be computed: the code or the published data they are
          computed from did not load ({loaded.error?.message}). The page shows the published data in
          the default view.{" "}
          <button type="button" onClick={loaded.retry}>
            Try again
          </button>
        </p>
      )}
      {addressError && (
        <LoadFailed
          what="The view in this page's address"
          error={addressError}
          retry={readAddressAgain}
          meanwhile="; the page shows the published data in the default view"
          alert
        />
      )}
      {reader &&
        (banner.module ? (
          <banner.module.ReaderBanner reader={reader} onReset={onReset} />
        ) : (
          banner.error && (
            <LoadFailed
              what="The notice that this page shows your data"
              error={banner.error}
              retry={banner.retry}
              meanwhile="; the upload section below has the way back to the published data"
              alert
            />
          )
        ))}
      {/* Each Suspense boundary hydrates as its own task, after the page's frame: the browser
          stays responsive while the dashboard becomes interactive (Lighthouse's TBT: 95 against
          92 without them). The cost: React sends a boundary of over 500 bytes at the end of the
          page, hidden, for an inline script to move into place, once the page before it is over
          12,800 bytes. Here that is every section, so without JavaScript they stay hidden
          (BENCHMARKS.md, "Session 12"; tests/browser/without-script.spec.mjs). */}
      <Suspense>
        <MemoHeadlines headlines={model.headlines} />
      </Suspense>
      <Suspense>
        <MemoControls
          view={controlsView}
          data={model.controls}
          metrics={model.metrics}
          onChange={update}
          onReach={reach}
        />
        <MemoShareButton />
      </Suspense>
      {sections.map(({ panel, metrics, checks }) => (
        <Suspense key={panel.id}>
          <PanelSection
            panel={panel}
            metrics={metrics}
            checks={checks}
            sources={sources}
            viewId={view.views[panel.id]}
            showTable={view.tables.includes(panel.id)}
            readerData={reader !== null}
            loadSources={loadSources}
            loadRows={loadRows}
            onViewChange={onViewChange}
            onShowTable={onShowTable}
          />
        </Suspense>
      ))}
      <Suspense>
        <MemoUploadPanel
          intro={uploadIntro}
          active={reader !== null}
          onApply={applyReader}
          onReset={onReset}
        />
      </Suspense>
    </div>
  );
}
