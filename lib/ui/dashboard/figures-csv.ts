// Every figure of the dashboard as CSV rows (issue 5: "CSV … of every figure"): one row
// per number — section, figure, item (a kind, a week, a score …), value, unit — in the
// reader's language, for exactly the filters on the page. Written by lib/export/csv.ts
// (formula-injection-safe; names people typed, such as category names, stay text).
// Rates are percentages rounded to 0.1, days to 0.1, so a spreadsheet shows what the
// page shows. Comments are left out: they are citizens' words, not figures.
import type { CsvCell } from "@/lib/export/csv";
import type { DashboardFigures } from "@/lib/dashboard/types";
import { BREAKDOWN_ORDER, keyLabel, type DashboardLabels, type Translate } from "./dashboard-view";

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
const percent = (r: number | null): number | null => (r === null ? null : round1(r * 100));

export function figuresCsvHeader(t: Translate): string[] {
  return [t("csvColumns.section"), t("csvColumns.figure"), t("csvColumns.key"), t("csvColumns.value"), t("csvColumns.unit")];
}

export function figuresCsvRows(f: DashboardFigures, labels: DashboardLabels, t: Translate): CsvCell[][] {
  const rows: CsvCell[][] = [];
  const CASES = t("csvUnits.cases");
  const PCT = "%";
  const DAYS = t("csvUnits.days");
  const add = (section: string, figure: string, key: string, value: number | null, unit: string) => rows.push([section, figure, key, value, unit]);

  const live = t("live.title");
  for (const k of ["receivedToday", "receivedThisWeek", "receivedThisMonth", "open", "dueWithin7Days", "overdue"] as const) add(live, t(`live.${k}`), "", f.live[k].count, CASES);

  const period = t("period.title");
  add(period, t("period.received"), "", f.received.count, CASES);
  add(period, t("period.answered"), "", f.answered.count, CASES);
  add(period, t("period.onTimeRate"), "", percent(f.overall.rate), PCT);
  add(period, t("timeliness.columns.onTime"), "", f.overall.onTime.count, CASES);
  add(period, t("timeliness.columns.late"), "", f.overall.late.count, CASES);

  const timeliness = t("timeliness.title");
  for (const row of f.timeliness) {
    const clock = labels.clocks[row.clock] ?? row.clock;
    add(timeliness, t("timeliness.columns.onTime"), clock, row.onTime.count, CASES);
    add(timeliness, t("timeliness.columns.late"), clock, row.late.count, CASES);
    add(timeliness, t("timeliness.columns.compliance"), clock, percent(row.compliance), PCT);
  }

  const tta = t("timeToAnswer.title");
  add(tta, t("timeToAnswer.median"), "", round1(f.timeToAnswer.medianDays), DAYS);
  add(tta, t("timeToAnswer.p90"), "", round1(f.timeToAnswer.p90Days), DAYS);
  add(tta, t("timeToAnswer.answered"), "", f.timeToAnswer.answered.count, CASES);

  const notOwed = t("notOwed.title");
  for (const r of f.notOwed) add(notOwed, t("notOwed.cases"), labels.notOwed[r.reason] ?? r.reason, r.cases.count, CASES);

  const anonymous = t("anonymous.title");
  add(anonymous, t("period.anonymousShare"), "", f.anonymous.part.count, CASES);
  add(anonymous, t("period.received"), "", f.anonymous.of.count, CASES);
  add(anonymous, t("period.anonymousShare"), "", percent(f.anonymous.share), PCT);

  for (const dimension of BREAKDOWN_ORDER) {
    const section = t(`breakdowns.${dimension}`);
    for (const r of f.breakdowns[dimension] ?? []) {
      const key = keyLabel(dimension, r.key, labels, t);
      add(section, t("breakdowns.columns.received"), key, r.received.count, CASES);
      add(section, t("breakdowns.columns.answered"), key, r.answered.count, CASES);
      add(section, t("breakdowns.columns.onTime"), key, r.onTime.count, CASES);
      add(section, t("breakdowns.columns.late"), key, r.late.count, CASES);
      add(section, t("breakdowns.columns.onTimeRate"), key, percent(r.onTimeRate), PCT);
      add(section, t("breakdowns.columns.median"), key, round1(r.medianDaysToAnswer), DAYS);
    }
  }

  const s = f.satisfaction;
  const satisfaction = t("satisfaction.title");
  add(satisfaction, t("satisfaction.average"), "", s.average === null ? null : Math.round(s.average * 100) / 100, t("csvUnits.score"));
  add(satisfaction, t("satisfaction.responseRate"), "", percent(s.responseRate), PCT);
  add(satisfaction, t("csvUnits.linksSent"), "", s.linksSent.count, CASES);
  add(satisfaction, t("csvUnits.rated"), "", s.rated.count, CASES);
  for (const d of s.distribution) add(satisfaction, t("satisfaction.distribution"), t("satisfaction.score", { score: d.score }), d.cases.count, CASES);

  const weekly = t("trends.weekly");
  for (const w of f.trends) {
    add(weekly, t("trends.columns.received"), w.weekStart, w.received.count, CASES);
    add(weekly, t("trends.columns.answered"), w.weekStart, w.answered.count, CASES);
    add(weekly, t("trends.columns.answeredOnTime"), w.weekStart, w.answeredOnTime.count, CASES);
  }
  const busiest = t("trends.busiest");
  for (const r of f.busiestCategories) add(busiest, t("breakdowns.columns.received"), keyLabel("CATEGORY", r.key, labels, t), r.received.count, CASES);
  const change = t("trends.change");
  for (const c of f.sinceLastMonth) {
    const metric = t(`trends.metrics.${c.metric}`);
    add(change, t("trends.changeColumns.current"), metric, c.current.count, CASES);
    add(change, t("trends.changeColumns.previous"), metric, c.previous.count, CASES);
    add(change, t("trends.changeColumns.change"), metric, percent(c.change), PCT);
  }
  return rows;
}
