// The dashboard's figures (issue 5, "The dashboard"), as one view of a DashboardFigures
// (lib/dashboard/types.ts). Rendered on the server for the first load (it works without
// JavaScript) and again in the browser by ./live-dashboard.tsx when the figures are
// refetched after a case event — one render path, so the live numbers can never be laid
// out differently from the first ones.
//
// Drill-down: every number is a link to the inbox listing exactly the cases it counts
// (each Count carries its CaseFilter; caseFilterHref turns it into the inbox address).
// Charts: ./charts.tsx (SVG with a summary title; the numbers are in the tables beside).
import type { ReactNode } from "react";
import { createTranslator, useFormatter } from "next-intl";
import type { BreakdownDimension, BreakdownRow, Count, DashboardFigures } from "@/lib/dashboard/types";
import type { Messages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import { caseFilterHref } from "@/lib/ui/staff/inbox-address";
import { BarChart, ColumnChart, SplitBar } from "./charts";

export type DashboardTexts = Messages["dashboard"];

/** Names of the codes the figures carry, in the reader's language (the server fills them in). */
export interface DashboardLabels {
  kinds: Record<string, string>;
  channels: Record<string, string>;
  clocks: Record<string, string>;
  departments: Record<string, string>;
  serviceUnits: Record<string, string>;
  categories: Record<string, string>;
  languages: Record<string, string>;
  notOwed: Record<string, string>;
}

export type Translate = ReturnType<typeof createTranslator<{ dashboard: DashboardTexts }, "dashboard">>;

export const BREAKDOWN_ORDER: readonly BreakdownDimension[] = ["KIND", "CHANNEL", "SERVICE_UNIT", "DEPARTMENT", "CATEGORY", "LANGUAGE"];

type Format = ReturnType<typeof useFormatter>;

/** Helpers every section uses: numbers, rates and days in the reader's language. */
function helpers(format: Format) {
  const num = (n: number) => format.number(n);
  const pct = (r: number | null) => (r === null ? "—" : format.number(r, { style: "percent", maximumFractionDigits: 1 }));
  const days = (d: number | null) => (d === null ? "—" : format.number(d, { maximumFractionDigits: 1 }));
  return { num, pct, days, CountLink };
}

/** A count as a link to the inbox listing exactly its cases (the drill-down). */
function CountLink({ c, children, className }: { c: Count; children?: ReactNode; className?: string }) {
  const format = useFormatter();
  // A figure that just appeared in a live update has no drill-down yet (the live client
  // asks the server for a fresh render, which brings it): the number alone until then.
  if (!c.drill) {
    return (
      <span className={className ?? "figure-link"} data-count={c.count}>
        {children ?? format.number(c.count)}
      </span>
    );
  }
  return (
    <Link href={caseFilterHref(c.drill)} className={className ?? "figure-link"} data-count={c.count}>
      {children ?? format.number(c.count)}
    </Link>
  );
}

/** The name of a breakdown row's key. */
export function keyLabel(dimension: BreakdownDimension, key: string | null, labels: DashboardLabels, t: Translate): string {
  if (key === null) return t(`breakdowns.none.${dimension}`);
  const table: Record<BreakdownDimension, Record<string, string>> = {
    KIND: labels.kinds,
    CHANNEL: labels.channels,
    SERVICE_UNIT: labels.serviceUnits,
    DEPARTMENT: labels.departments,
    CATEGORY: labels.categories,
    LANGUAGE: labels.languages,
  };
  return table[dimension][key] ?? key;
}

export function DashboardView({ figures, labels, t }: { figures: DashboardFigures; labels: DashboardLabels; t: Translate }) {
  const format = useFormatter();
  const h = helpers(format);
  const { num, pct, days, CountLink } = h;
  const f = figures;
  const live = f.live;
  const liveItems: { key: keyof typeof live; c: Count }[] = [
    { key: "receivedToday", c: live.receivedToday },
    { key: "receivedThisWeek", c: live.receivedThisWeek },
    { key: "receivedThisMonth", c: live.receivedThisMonth },
    { key: "open", c: live.open },
    { key: "dueWithin7Days", c: live.dueWithin7Days },
    { key: "overdue", c: live.overdue },
  ];

  return (
    <div className="dashboard-figures" data-as-of={new Date(f.asOf).toISOString()}>
      {/* --- Right now: not limited by the date range */}
      <section aria-labelledby="h-live" className="dash-section" data-section="live">
        <h2 id="h-live">{t("live.title")}</h2>
        <p className="hint">{t("live.hint")}</p>
        <ul className="glance-list dash-glance">
          {liveItems.map(({ key, c }) => (
            <li key={key} data-figure={key} className={key === "overdue" && c.count > 0 ? "is-alert" : undefined}>
              <CountLink c={c} className="glance-link">
                <span className="glance-count">{num(c.count)}</span> <span className="glance-label">{t(`live.${key}`)}</span>
              </CountLink>
            </li>
          ))}
        </ul>
      </section>

      {/* --- The period: received, answered, on time, time to answer, anonymous */}
      <section aria-labelledby="h-period" className="dash-section" data-section="period">
        <h2 id="h-period">{t("period.title")}</h2>
        <ul className="glance-list dash-glance">
          <li data-figure="received">
            <CountLink c={f.received} className="glance-link">
              <span className="glance-count">{num(f.received.count)}</span> <span className="glance-label">{t("period.received")}</span>
            </CountLink>
          </li>
          <li data-figure="answered">
            <CountLink c={f.answered} className="glance-link">
              <span className="glance-count">{num(f.answered.count)}</span> <span className="glance-label">{t("period.answered")}</span>
            </CountLink>
          </li>
          <li data-figure="onTimeRate">
            <CountLink c={f.overall.onTime} className="glance-link">
              <span className="glance-count">{pct(f.overall.rate)}</span> <span className="glance-label">{t("period.onTimeRate")}</span>
            </CountLink>
          </li>
          <li data-figure="anonymousShare">
            <CountLink c={f.anonymous.part} className="glance-link">
              <span className="glance-count">{pct(f.anonymous.share)}</span> <span className="glance-label">{t("period.anonymousShare")}</span>
            </CountLink>
          </li>
        </ul>

        <h3 id="h-timeliness">{t("timeliness.title")}</h3>
        <p data-figure="overall">
          {t.rich("timeliness.overall", {
            rate: pct(f.overall.rate),
            onTime: num(f.overall.onTime.count),
            late: num(f.overall.late.count),
            onTimeLink: (chunks) => <CountLink c={f.overall.onTime}>{chunks}</CountLink>,
            lateLink: (chunks) => <CountLink c={f.overall.late}>{chunks}</CountLink>,
          })}
        </p>
        <table className="stack-table dash-table" aria-labelledby="h-timeliness" data-table="timeliness">
          <thead>
            <tr>
              <th scope="col">{t("timeliness.columns.clock")}</th>
              <th scope="col">{t("timeliness.columns.onTime")}</th>
              <th scope="col">{t("timeliness.columns.late")}</th>
              <th scope="col">{t("timeliness.columns.compliance")}</th>
              <th scope="col">{t("timeliness.columns.chart")}</th>
            </tr>
          </thead>
          <tbody>
            {f.timeliness.map((row) => {
              const clock = labels.clocks[row.clock] ?? row.clock;
              return (
                <tr key={row.clock} data-row={row.clock}>
                  <th scope="row">{clock}</th>
                  <Cell label={t("timeliness.columns.onTime")}>
                    <CountLink c={row.onTime} />
                  </Cell>
                  <Cell label={t("timeliness.columns.late")}>
                    <CountLink c={row.late} />
                  </Cell>
                  <Cell label={t("timeliness.columns.compliance")}>{pct(row.compliance)}</Cell>
                  <Cell label={t("timeliness.columns.chart")} className="chart-cell">
                    <SplitBar
                      id={`split-${row.clock}`}
                      onTime={row.onTime.count}
                      late={row.late.count}
                      title={t("timeliness.chartTitle", { clock, onTime: num(row.onTime.count), late: num(row.late.count), rate: pct(row.compliance) })}
                    />
                  </Cell>
                </tr>
              );
            })}
          </tbody>
        </table>
        {f.timeliness.length === 0 && <p className="muted">{t("noneInPeriod")}</p>}
        <p className="chart-legend" aria-hidden="true">
          <span className="legend-swatch legend-swatch--ok" /> {t("timeliness.legendOnTime")} <span className="legend-swatch legend-swatch--late" /> {t("timeliness.legendLate")}
        </p>

        <h3 id="h-tta">{t("timeToAnswer.title")}</h3>
        <p className="hint">{t("timeToAnswer.hint")}</p>
        <dl className="dash-facts" data-figure="timeToAnswer">
          <div>
            <dt>{t("timeToAnswer.median")}</dt>
            <dd data-value="median">{f.timeToAnswer.medianDays === null ? "—" : t("days", { days: days(f.timeToAnswer.medianDays) })}</dd>
          </div>
          <div>
            <dt>{t("timeToAnswer.p90")}</dt>
            <dd data-value="p90">{f.timeToAnswer.p90Days === null ? "—" : t("days", { days: days(f.timeToAnswer.p90Days) })}</dd>
          </div>
          <div>
            <dt>{t("timeToAnswer.answered")}</dt>
            <dd>
              <CountLink c={f.timeToAnswer.answered} />
            </dd>
          </div>
        </dl>

        <h3 id="h-notowed">{t("notOwed.title")}</h3>
        {f.notOwed.length === 0 || f.notOwed.every((r) => r.cases.count === 0) ? (
          <p className="muted">{t("noneInPeriod")}</p>
        ) : (
          <table className="stack-table dash-table" aria-labelledby="h-notowed" data-table="notOwed">
            <thead>
              <tr>
                <th scope="col">{t("notOwed.reason")}</th>
                <th scope="col">{t("notOwed.cases")}</th>
              </tr>
            </thead>
            <tbody>
              {f.notOwed
                .filter((r) => r.cases.count > 0)
                .map((r) => (
                  <tr key={r.reason} data-row={r.reason}>
                    <th scope="row">{labels.notOwed[r.reason] ?? r.reason}</th>
                    <Cell label={t("notOwed.cases")}>
                      <CountLink c={r.cases} />
                    </Cell>
                  </tr>
                ))}
            </tbody>
          </table>
        )}

        <h3 id="h-anon">{t("anonymous.title")}</h3>
        <p data-figure="anonymous">
          {t.rich("anonymous.text", {
            share: pct(f.anonymous.share),
            part: num(f.anonymous.part.count),
            of: num(f.anonymous.of.count),
            partLink: (chunks) => <CountLink c={f.anonymous.part}>{chunks}</CountLink>,
            ofLink: (chunks) => <CountLink c={f.anonymous.of}>{chunks}</CountLink>,
          })}
        </p>
      </section>

      {/* --- Breakdowns */}
      <section aria-labelledby="h-breakdowns" className="dash-section" data-section="breakdowns">
        <h2 id="h-breakdowns">{t("breakdowns.title")}</h2>
        {BREAKDOWN_ORDER.map((dimension) => (
          <Breakdown key={dimension} dimension={dimension} rows={f.breakdowns[dimension] ?? []} labels={labels} t={t} h={h} />
        ))}
      </section>

      {/* --- Satisfaction */}
      <Satisfaction figures={f} t={t} h={h} format={format} />

      {/* --- Trends */}
      <Trends figures={f} labels={labels} t={t} h={h} format={format} />
    </div>
  );
}

/** A data cell that, on narrow screens, shows its column's name before the value (stack-table). */
function Cell({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <td className={className}>
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      <span className="cell-value">{children}</span>
    </td>
  );
}

type Helpers = ReturnType<typeof helpers>;

function Breakdown({ dimension, rows, labels, t, h }: { dimension: BreakdownDimension; rows: BreakdownRow[]; labels: DashboardLabels; t: Translate; h: Helpers }) {
  const { num, pct, days, CountLink } = h;
  const id = `bd-${dimension.toLowerCase()}`;
  const title = t(`breakdowns.${dimension}`);
  const named = rows.map((r) => ({ row: r, name: keyLabel(dimension, r.key, labels, t) }));
  const isLanguage = dimension === "LANGUAGE";
  return (
    <div className="dash-breakdown" data-breakdown={dimension}>
      <h3 id={`${id}-h`}>{title}</h3>
      {isLanguage && <p className="hint">{t("breakdowns.languageHint")}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t("noneInPeriod")}</p>
      ) : (
        <>
          <div className={isLanguage ? "dash-charts dash-charts--two" : "dash-charts"}>
            <BarChart
              id={`${id}-chart`}
              title={t("breakdowns.chartTitle", { dimension: title, summary: named.map((n) => `${n.name} ${num(n.row.received.count)}`).join("; ") })}
              data={named.map((n) => ({ label: n.name, value: n.row.received.count, valueText: num(n.row.received.count) }))}
            />
            {isLanguage && (
              <BarChart
                id={`${id}-ontime`}
                title={t("breakdowns.languageChartTitle", { summary: named.map((n) => `${n.name} ${pct(n.row.onTimeRate)}, ${days(n.row.medianDaysToAnswer)}`).join("; ") })}
                data={named.map((n) => ({
                  label: n.name,
                  value: Math.round((n.row.onTimeRate ?? 0) * 1000) / 10,
                  valueText: `${pct(n.row.onTimeRate)} ${t("breakdowns.onTimeShort")}, ${t("days", { days: days(n.row.medianDaysToAnswer) })}`,
                }))}
              />
            )}
          </div>
          <table className="stack-table dash-table" aria-labelledby={`${id}-h`} data-table={dimension}>
            <thead>
              <tr>
                <th scope="col">{t(`breakdowns.keyColumn.${dimension}`)}</th>
                <th scope="col">{t("breakdowns.columns.received")}</th>
                <th scope="col">{t("breakdowns.columns.answered")}</th>
                <th scope="col">{t("breakdowns.columns.onTime")}</th>
                <th scope="col">{t("breakdowns.columns.late")}</th>
                <th scope="col">{t("breakdowns.columns.onTimeRate")}</th>
                <th scope="col">{t("breakdowns.columns.median")}</th>
              </tr>
            </thead>
            <tbody>
              {named.map(({ row, name }) => (
                <tr key={row.key ?? "none"} data-row={row.key ?? "none"}>
                  <th scope="row">{name}</th>
                  <Cell label={t("breakdowns.columns.received")}>
                    <CountLink c={row.received} />
                  </Cell>
                  <Cell label={t("breakdowns.columns.answered")}>
                    <CountLink c={row.answered} />
                  </Cell>
                  <Cell label={t("breakdowns.columns.onTime")}>
                    <CountLink c={row.onTime} />
                  </Cell>
                  <Cell label={t("breakdowns.columns.late")}>
                    <CountLink c={row.late} />
                  </Cell>
                  <Cell label={t("breakdowns.columns.onTimeRate")}>{pct(row.onTimeRate)}</Cell>
                  <Cell label={t("breakdowns.columns.median")}>{row.medianDaysToAnswer === null ? "—" : t("days", { days: days(row.medianDaysToAnswer) })}</Cell>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function Satisfaction({ figures, t, h, format }: { figures: DashboardFigures; t: Translate; h: Helpers; format: Format }) {
  const s = figures.satisfaction;
  const { num, pct, CountLink } = h;
  const average = s.average === null ? null : format.number(s.average, { maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="h-satisfaction" className="dash-section" data-section="satisfaction">
      <h2 id="h-satisfaction">{t("satisfaction.title")}</h2>
      <dl className="dash-facts">
        <div>
          <dt>{t("satisfaction.average")}</dt>
          <dd data-value="average">{average === null ? t("satisfaction.noRatings") : t("satisfaction.outOfFive", { value: average })}</dd>
        </div>
        <div>
          <dt>{t("satisfaction.responseRate")}</dt>
          <dd data-value="responseRate">
            {t.rich("satisfaction.responseText", {
              rate: pct(s.responseRate),
              rated: num(s.rated.count),
              sent: num(s.linksSent.count),
              ratedLink: (chunks) => <CountLink c={s.rated}>{chunks}</CountLink>,
              sentLink: (chunks) => <CountLink c={s.linksSent}>{chunks}</CountLink>,
            })}
          </dd>
        </div>
      </dl>
      <h3 id="h-distribution">{t("satisfaction.distribution")}</h3>
      <div className="dash-charts">
        <BarChart
          id="chart-distribution"
          title={t("satisfaction.chartTitle", { summary: s.distribution.map((d) => `${d.score}: ${num(d.cases.count)}`).join("; ") })}
          data={s.distribution.map((d) => ({ label: t("satisfaction.score", { score: d.score }), value: d.cases.count, valueText: num(d.cases.count) }))}
        />
      </div>
      <table className="stack-table dash-table" aria-labelledby="h-distribution" data-table="distribution">
        <thead>
          <tr>
            <th scope="col">{t("satisfaction.scoreColumn")}</th>
            <th scope="col">{t("satisfaction.casesColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {s.distribution.map((d) => (
            <tr key={d.score} data-row={d.score}>
              <th scope="row">{t("satisfaction.score", { score: d.score })}</th>
              <Cell label={t("satisfaction.casesColumn")}>
                <CountLink c={d.cases} />
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("satisfaction.comments")}</h3>
      {s.recentComments.length === 0 ? (
        <p className="muted">{t("satisfaction.noComments")}</p>
      ) : (
        <ul className="dash-comments">
          {s.recentComments.map((c) => (
            <li key={`${c.reference}-${c.ratedOn}`}>
              <blockquote>
                <p>{c.comment}</p>
              </blockquote>
              <p className="muted">
                {t("satisfaction.commentMeta", {
                  reference: c.reference,
                  date: format.dateTime(new Date(`${c.ratedOn}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Sofia" }),
                  score: c.score,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Trends({ figures, labels, t, h, format }: { figures: DashboardFigures; labels: DashboardLabels; t: Translate; h: Helpers; format: Format }) {
  const { num, pct, CountLink } = h;
  const weeks = figures.trends;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Sofia" });
  const total = weeks.reduce((sum, w) => sum + w.received.count, 0);
  const peak = weeks.reduce<(typeof weeks)[number] | null>((best, w) => (best === null || w.received.count > best.received.count ? w : best), null);
  const title =
    weeks.length === 0
      ? t("trends.noWeeks")
      : t("trends.chartTitle", {
          first: day(weeks[0]!.weekStart),
          last: day(weeks.at(-1)!.weekStart),
          total: num(total),
          peakWeek: peak ? day(peak.weekStart) : "—",
          peak: num(peak?.received.count ?? 0),
        });
  return (
    <section aria-labelledby="h-trends" className="dash-section" data-section="trends">
      <h2 id="h-trends">{t("trends.title")}</h2>
      <h3 id="h-weekly">{t("trends.weekly")}</h3>
      <ColumnChart
        id="chart-weekly"
        title={title}
        values={weeks.map((w) => w.received.count)}
        caption={
          weeks.length > 0 ? (
            <p className="chart-axis-text" aria-hidden="true">
              <span>{day(weeks[0]!.weekStart)}</span>
              <span>{t("trends.peak", { peak: num(peak?.received.count ?? 0) })}</span>
              <span>{day(weeks.at(-1)!.weekStart)}</span>
            </p>
          ) : null
        }
      />
      <details className="dash-details">
        <summary>{t("trends.tableToggle")}</summary>
        <table className="stack-table dash-table" data-table="weekly">
          <caption>{t("trends.weekly")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trends.columns.week")}</th>
              <th scope="col">{t("trends.columns.received")}</th>
              <th scope="col">{t("trends.columns.answered")}</th>
              <th scope="col">{t("trends.columns.answeredOnTime")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart} data-row={w.weekStart}>
                <th scope="row">{day(w.weekStart)}</th>
                <Cell label={t("trends.columns.received")}>
                  <CountLink c={w.received} />
                </Cell>
                <Cell label={t("trends.columns.answered")}>
                  <CountLink c={w.answered} />
                </Cell>
                <Cell label={t("trends.columns.answeredOnTime")}>
                  <CountLink c={w.answeredOnTime} />
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h3 id="h-busiest">{t("trends.busiest")}</h3>
      {figures.busiestCategories.length === 0 ? (
        <p className="muted">{t("noneInPeriod")}</p>
      ) : (
        <ol className="dash-busiest" data-list="busiest">
          {figures.busiestCategories.map((r) => (
            <li key={r.key ?? "none"}>
              {keyLabel("CATEGORY", r.key, labels, t)}: <CountLink c={r.received} />
            </li>
          ))}
        </ol>
      )}

      <h3 id="h-change">{t("trends.change")}</h3>
      <table className="stack-table dash-table" aria-labelledby="h-change" aria-describedby="change-hint" data-table="change">
        <thead>
          <tr>
            <th scope="col">{t("trends.changeColumns.metric")}</th>
            <th scope="col">{t("trends.changeColumns.current")}</th>
            <th scope="col">{t("trends.changeColumns.previous")}</th>
            <th scope="col">{t("trends.changeColumns.change")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.sinceLastMonth.map((c) => (
            <tr key={c.metric} data-row={c.metric}>
              <th scope="row">{t(`trends.metrics.${c.metric}`)}</th>
              <Cell label={t("trends.changeColumns.current")}>
                <CountLink c={c.current} />
              </Cell>
              <Cell label={t("trends.changeColumns.previous")}>
                <CountLink c={c.previous} />
              </Cell>
              <Cell label={t("trends.changeColumns.change")}>
                {c.change === null ? "—" : c.change === 0 ? t("trends.same") : c.change > 0 ? t("trends.up", { value: pct(c.change) }) : t("trends.down", { value: pct(-c.change) })}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <p id="change-hint" className="hint">
        {t("trends.changeHint")}
      </p>
    </section>
  );
}
