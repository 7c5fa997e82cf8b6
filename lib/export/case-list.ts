// CSV of a case list: the cases the inbox shows the viewer for a filter (same filter, same
// access rules: lib/cases/list-cases.ts caseListWhere), every page of them, as one file.
//
// Only facts about the handling go out — reference, kind, channel, status, dates, where it
// is handled and by whom, whether the term was kept. No citizen data (name, e-mail, phone,
// address) and no case text (subject, body, answer): a spreadsheet leaves the system's
// access control and audit, so it must hold nothing the GDPR or ЗЗЛПСПОИН чл. 31 protect.
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { readsCases } from "@/lib/domain/access";
import type { ClockType, Locale } from "@/lib/domain/kinds";
import { requireViewer } from "@/lib/cases/access";
import { caseListWhere, type CaseFilter } from "@/lib/cases/list-cases";
import { isoDay } from "@/lib/cases/clocks";
import { pick, referenceIndex } from "@/lib/cases/reference-data";
import { message } from "@/lib/i18n/lookup";
import { timeZone } from "@/lib/i18n/config";
import { CsvBuilder } from "./csv";

/** At most this many rows in one file; the last row then says the list was cut. */
export const CASE_EXPORT_MAX_ROWS = 100_000;
const BATCH = 2_000;

/** The term the answer is measured against, first found: the legal decision, the whistleblower feedback, the charter's target, a forwarding. */
const ANSWER_CLOCKS: readonly ClockType[] = ["DECIDE", "FEEDBACK", "TARGET", "FORWARD"];

export type Timeliness = "ON_TIME" | "LATE" | "OVERDUE" | "OPEN";

interface ClockRow {
  clock: string;
  state: string;
  dueDate: Date;
  dueAt: Date;
  metAt: Date | null;
}

/** The answer term of a case and whether it was kept (null: no such term, or it was stopped). */
export function answerTerm(clocks: readonly ClockRow[], now: Date): { dueDate: string; timeliness: Timeliness } | null {
  for (const type of ANSWER_CLOCKS) {
    const c = clocks.find((k) => k.clock === type && k.state !== "STOPPED");
    if (!c) continue;
    const dueDate = isoDay(c.dueDate);
    if (c.state === "MET") return { dueDate, timeliness: c.metAt && c.metAt <= c.dueAt ? "ON_TIME" : "LATE" };
    return { dueDate, timeliness: c.dueAt < now ? "OVERDUE" : "OPEN" };
  }
  return null;
}

const COLUMNS = [
  "reference",
  "kind",
  "channel",
  "status",
  "received",
  "department",
  "serviceUnit",
  "category",
  "language",
  "dueDate",
  "answeredAt",
  "timeliness",
  "assignee",
] as const;

const dateTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
/** "2026-03-01 14:05", Sofia time: sorts as text, and spreadsheets read it as a date. */
export const sofiaDateTime = (d: Date): string => dateTime.format(d);

export async function exportCaseList(options: {
  viewer: Viewer | null | undefined;
  filter: CaseFilter;
  locale: Locale;
  now?: Date;
  maxRows?: number;
}): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const viewer = requireViewer(options.viewer);
  // Clerks and administrators read no cases, so they export none either.
  if (!readsCases(viewer)) throw new AppError("FORBIDDEN", "this role reads no cases");
  const now = options.now ?? new Date();
  const max = options.maxRows ?? CASE_EXPORT_MAX_ROWS;
  const { locale } = options;
  const where = await caseListWhere(viewer, options.filter, now);
  const [db, ref] = await Promise.all([prisma(), referenceIndex()]);

  const csv = new CsvBuilder(COLUMNS.map((c) => message(locale, `exports.caseList.columns.${c}`)));
  // Labels looked up once per value, not once per row (100,000 rows × 5 look-ups add up).
  const labels = new Map<string, string>();
  const label = (key: string) => {
    let v = labels.get(key);
    if (v === undefined) labels.set(key, (v = message(locale, key)));
    return v;
  };
  // In order of reference (year, then number: the register's order, nearly that of
  // receipt). One unique, indexed column makes the page condition a plain index range; a
  // (receivedAt, id) pair written as OR sorted the whole set again for every page (30 s for
  // 100,000 rows at a million cases).
  let after: string | null = null;
  let truncated = false;
  for (;;) {
    const take = Math.min(BATCH, max - csv.rowCount);
    const page: Prisma.CaseWhereInput = after ? { AND: [where, { reference: { gt: after } }] } : where;
    const rows = await db.case.findMany({
      where: page,
      orderBy: { reference: "asc" },
      take: take + 1,
      select: {
        id: true,
        reference: true,
        kind: true,
        channel: true,
        status: true,
        receivedAt: true,
        departmentId: true,
        serviceUnitId: true,
        categoryId: true,
        locale: true,
        answeredAt: true,
        assignee: { select: { name: true } },
        clocks: { where: { clock: { in: [...ANSWER_CLOCKS] } }, select: { clock: true, state: true, dueDate: true, dueAt: true, metAt: true } },
      },
    });
    const batch = rows.slice(0, take);
    csv.add(
      batch.map((r) => {
        const term = answerTerm(r.clocks, now);
        const dept = r.departmentId ? ref.departments.get(r.departmentId) : undefined;
        const unit = r.serviceUnitId ? ref.serviceUnits.get(r.serviceUnitId) : undefined;
        const cat = r.categoryId ? ref.categories.get(r.categoryId) : undefined;
        return [
          r.reference,
          label(`kinds.${r.kind}.name`),
          label(`channels.${r.channel}`),
          label(`workspace.statuses.${r.status}`),
          sofiaDateTime(r.receivedAt),
          dept ? pick(dept.name, locale) : "",
          unit ? pick(unit.name, locale) : "",
          cat ? pick(cat.name, locale) : "",
          r.locale,
          term?.dueDate ?? "",
          r.answeredAt ? sofiaDateTime(r.answeredAt) : "",
          term && term.timeliness !== "OPEN" ? label(`exports.caseList.timeliness.${term.timeliness}`) : "",
          r.assignee?.name ?? "",
        ];
      }),
    );
    const last = batch.at(-1);
    if (rows.length <= take || !last) break;
    if (csv.rowCount >= max) {
      truncated = true;
      break;
    }
    after = last.reference;
  }
  if (truncated) csv.add([[message(locale, "exports.caseList.truncated", { max })]]);
  return { csv: csv.toString(), rows: csv.rowCount - (truncated ? 1 : 0), truncated };
}
