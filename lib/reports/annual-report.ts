// The annual report on feedback (issue 5, "Reports and exports"): the figures of one
// calendar year — by kind, channel, outcome, timeliness, satisfaction — and the
// improvement actions of that year, ready for the yearly report due by 1 March.
//
// - Counted by lib/dashboard loadFigures for the year's range and the viewer's dashboard
//   scope (the manager: every non-restricted case; a head: their department; the integrity
//   officer: the restricted kinds), so the report says what the dashboard says. The
//   outcome split (answered / not owed by reason / forwarded / open / closed otherwise) is
//   one more count over the same cases, each case in exactly one row.
// - In Bulgarian whatever the viewer's language: it is an official document of the
//   municipality (Закон за българския език, чл. 16), so its headings live here, not in the
//   three catalogs; labels of kinds, channels and terms come from the Bulgarian catalog.
// - Rendered as PDF (pdfkit with DejaVu Sans, as the answer letters: lib/letters) and as
//   CSV (lib/export/csv.ts), one row per figure: section, item, measure, value.
import { Prisma } from "@/lib/db/generated/client";
import { caseSetWhere, type CaseSet } from "@/lib/dashboard/queries";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { requireViewer } from "@/lib/cases/access";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import { pick } from "@/lib/cases/reference-data";
import { loadFigures } from "@/lib/dashboard/figures";
import { scopeForViewer } from "@/lib/dashboard/get-dashboard";
import type { BreakdownRow, DashboardAudience, DashboardFigures } from "@/lib/dashboard/types";
import { sofiaDate, startOfSofiaDay, endOfSofiaDay } from "@/lib/domain/deadlines";
import type { IsoDate } from "@/lib/domain/iso-date";
import { NO_ANSWER_REASONS } from "@/lib/domain/kinds";
import { message } from "@/lib/i18n/lookup";
import { listImprovementActions } from "@/lib/improvement/actions";
import { openPdfDocument } from "@/lib/letters/pdf-document";
import { toCsv, type CsvCell } from "@/lib/export/csv";

const BG = "bg" as const;
const NOT_OWED = [...NO_ANSWER_REASONS, "KIND_POLICY"] as const;

export type Outcome = "ANSWERED" | "NOT_OWED" | "FORWARDED" | "OPEN" | "CLOSED_OTHER";
export type NotOwedKey = (typeof NO_ANSWER_REASONS)[number] | "KIND_POLICY";

export interface AnnualReport {
  year: number;
  from: IsoDate;
  /** The year's last day, or today while the year runs. */
  to: IsoDate;
  complete: boolean;
  audience: DashboardAudience;
  generatedAt: Date;
  figures: DashboardFigures;
  /** Each case of the year in exactly one. */
  outcomes: Record<Outcome, number>;
  notOwed: { reason: NotOwedKey; count: number }[];
  actions: {
    title: string;
    status: string;
    department: string | null;
    owner: string;
    startedOn: IsoDate;
    dueDate: IsoDate | null;
    completedOn: IsoDate | null;
    cases: number;
  }[];
}

/** The year the report defaults to: the past one (the report is due by 1 March). */
export function defaultReportYear(now: Date): number {
  return Number(sofiaDate(now).slice(0, 4)) - 1;
}

export const REPORT_FIRST_YEAR = 2000;

function checkYear(year: number, now: Date): void {
  const current = Number(sofiaDate(now).slice(0, 4));
  if (!Number.isInteger(year) || year < REPORT_FIRST_YEAR || year > current) throw AppError.badInput([{ field: "year", code: "INVALID_CHOICE" }]);
}

export async function annualReport(options: { viewer: Viewer | null | undefined; year: number; now?: Date }): Promise<AnnualReport> {
  const viewer = requireViewer(options.viewer);
  const now = options.now ?? new Date();
  const scope = await scopeForViewer(viewer);
  if (!scope) throw new AppError("FORBIDDEN", "this role has no reports");
  checkYear(options.year, now);
  const year = options.year;
  const from = `${year}-01-01` as IsoDate;
  const today = sofiaDate(now);
  const last = `${year}-12-31` as IsoDate;
  const to = last < today ? last : today;

  // Outcome of each case of the year, in this order of precedence: forwarded (АПК чл. 112),
  // answered, no answer owed (by reason; none recorded = the kind owes none), still open,
  // closed otherwise (merged into an earlier case). One pass over the year's cases, with
  // the dashboard's case set (lib/dashboard/queries.ts), loaded alongside the figures.
  const db = await prisma();
  const set: CaseSet = { kinds: scope.kinds, channels: null, departmentId: scope.departmentId, serviceUnitId: null };
  const forwardedSql = Prisma.sql`(c."forwardedAt" IS NOT NULL OR c."status" = 'FORWARDED')`;
  const pending = Prisma.sql`(NOT ${forwardedSql} AND c."answeredAt" IS NULL)`;
  const [figures, [o]] = await Promise.all([
    loadFigures(scope, { from, to }, { now }),
    db.$queryRaw<Record<string, number>[]>`
      SELECT count(*)::int AS "all",
             count(*) FILTER (WHERE ${forwardedSql})::int AS "forwarded",
             count(*) FILTER (WHERE NOT ${forwardedSql} AND c."answeredAt" IS NOT NULL)::int AS "answered",
             count(*) FILTER (WHERE ${pending} AND c."answerOwed" AND c."status"::text = ANY(${[...HANDLED_STATUSES]}))::int AS "open",
             ${Prisma.join(
               NOT_OWED.map((reason) =>
                 reason === "KIND_POLICY"
                   ? Prisma.sql`count(*) FILTER (WHERE ${pending} AND NOT c."answerOwed" AND c."noAnswerReason" IS NULL)::int AS "KIND_POLICY"`
                   : Prisma.sql`count(*) FILTER (WHERE ${pending} AND NOT c."answerOwed" AND c."noAnswerReason"::text = ${reason})::int AS ${Prisma.raw(`"${reason}"`)}`,
               ),
               ", ",
             )}
      FROM "Case" c
      WHERE ${caseSetWhere(set)} AND c."receivedAt" >= ${startOfSofiaDay(from)} AND c."receivedAt" < ${endOfSofiaDay(to)}`,
  ]);
  const notOwed = NOT_OWED.map((reason) => ({ reason, count: o![reason] ?? 0 }));
  const notOwedTotal = notOwed.reduce((sum, r) => sum + r.count, 0);
  const [all, answered, forwarded, open] = [o!.all!, o!.answered!, o!.forwarded!, o!.open!];
  const outcomes: Record<Outcome, number> = {
    ANSWERED: answered,
    NOT_OWED: notOwedTotal,
    FORWARDED: forwarded,
    OPEN: open,
    CLOSED_OTHER: all - answered - notOwedTotal - forwarded - open,
  };

  const actions = await listImprovementActions({ viewer, filter: { year } });
  return {
    year,
    from,
    to,
    complete: last < today,
    audience: scope.audience,
    generatedAt: now,
    figures,
    outcomes,
    notOwed,
    actions: actions
      .filter((a) => a.status !== "CANCELLED")
      .map((a) => ({
        title: a.title,
        status: a.status,
        department: a.department ? pick(a.department.name, BG) : null,
        owner: a.owner,
        startedOn: sofiaDate(a.createdAt),
        dueDate: a.dueDate,
        completedOn: a.completedAt ? sofiaDate(a.completedAt) : null,
        cases: a.cases.length + a.hiddenCaseCount,
      })),
  };
}

// ---------------------------------------------------------------------------------------
// Bulgarian text of the report

export const REPORT_TEXT = {
  title: (year: number) => `Годишен отчет за обратната връзка от гражданите за ${year} г.`,
  municipality: "ОБЩИНА МОМЧИЛГРАД",
  partial: (to: string) => `Годината не е приключила: данни до ${to} вкл.`,
  scope: {
    MANAGEMENT: "Обхват: всички преписки без сигналите за корупция и по ЗЗЛПСПОИН (те се отчитат отделно от служителя по интегритет).",
    DEPARTMENT: "Обхват: преписките на отдела.",
    INTEGRITY: "Обхват: сигналите за корупция и сигналите по ЗЗЛПСПОИН.",
    PUBLIC: "Обхват: всички преписки без защитените сигнали.",
  } satisfies Record<DashboardAudience, string>,
  generated: (at: string) => `Изготвен на ${at} от системата „Харта“.`,
  sections: {
    summary: "1. Обобщение",
    kind: "2. По вид",
    channel: "3. По канал на подаване",
    outcome: "4. Резултат",
    notOwed: "4.1. Не се дължи писмен отговор — по причина",
    timeliness: "5. Срочност по видове срокове",
    satisfaction: "6. Удовлетвореност",
    actions: "7. Предприети мерки за подобрение",
  },
  measures: {
    received: "Получени",
    answered: "С изпратен отговор",
    onTime: "В срок",
    late: "След срока",
    onTimeRate: "Дял в срок (%)",
    medianDays: "Медиана до отговор (дни)",
    p90Days: "90-и перцентил до отговор (дни)",
    anonymous: "Анонимни",
    count: "Брой",
    compliance: "Спазване (%)",
    linksSent: "Изпратени покани за оценка",
    rated: "Получени оценки",
    responseRate: "Дял на отговорилите (%)",
    average: "Средна оценка (от 1 до 5)",
    score: (n: number) => `Оценка ${n}`,
    status: "Състояние",
    department: "Отдел",
    owner: "Отговорник",
    started: "Начало",
    due: "Срок",
    completed: "Изпълнена",
    cases: "Свързани преписки",
  },
  outcomes: {
    ANSWERED: "Отговорени",
    NOT_OWED: "Не се дължи писмен отговор",
    FORWARDED: "Препратени по компетентност (чл. 112 АПК)",
    OPEN: "В процес на разглеждане",
    CLOSED_OTHER: "Приключени по друг начин (обединени с по-ранна преписка)",
  } satisfies Record<Outcome, string>,
  notOwed: {
    ANONYMOUS: "Анонимни (чл. 111, ал. 4 АПК)",
    OLDER_THAN_TWO_YEARS: "За нарушения отпреди повече от две години (чл. 111, ал. 4 АПК)",
    ABUSIVE_LANGUAGE: "Нецензурни или обидни изрази (Харта на клиента, раздел IV)",
    PERSONAL_DATA_OR_CLASSIFIED: "Лични данни или класифицирана информация (Харта на клиента, раздел IV)",
    REPEAT_WITHOUT_NEW_FACTS: "Повторни без нови факти",
    KIND_POLICY: "Видът не изисква писмен отговор",
  } satisfies Record<NotOwedKey, string>,
  actionStatus: { PLANNED: "Планирана", IN_PROGRESS: "В изпълнение", DONE: "Изпълнена", CANCELLED: "Отменена" } as Record<string, string>,
  noActions: "През годината няма регистрирани мерки.",
  wholeMunicipality: "Цялата община",
  none: "—",
  definitions:
    "„В срок“: срокът е изпълнен до края си; „след срока“: изпълнен след края си или изтекъл неизпълнен. Преписката е в срок, когато поне един неин срок е изпълнен навреме и нито един не е просрочен. Броят се преписките, получени през годината (българско време).",
  csvHeader: ["Раздел", "Показател", "Мярка", "Стойност"],
} as const;

const kindName = (k: string) => message(BG, `kinds.${k}.name`);
const channelName = (c: string) => message(BG, `channels.${c}`);
const clockName = (c: string) => message(BG, `clocks.${c}`);
const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const days = (d: number | null) => (d === null ? null : Math.round(d * 10) / 10);

type Row = [section: string, item: string, measure: string, value: CsvCell];

/** Every figure of the report as (section, item, measure, value): the CSV, and the PDF's source. */
export function reportRows(r: AnnualReport): Row[] {
  const T = REPORT_TEXT;
  const M = T.measures;
  const f = r.figures;
  const rows: Row[] = [];
  const s = T.sections;
  const total = "Общо";
  rows.push(
    [s.summary, total, M.received, f.received.count],
    [s.summary, total, M.answered, f.answered.count],
    [s.summary, total, M.onTime, f.overall.onTime.count],
    [s.summary, total, M.late, f.overall.late.count],
    [s.summary, total, M.onTimeRate, percent(f.overall.rate)],
    [s.summary, total, M.medianDays, days(f.timeToAnswer.medianDays)],
    [s.summary, total, M.p90Days, days(f.timeToAnswer.p90Days)],
    [s.summary, total, M.anonymous, f.anonymous.part.count],
  );
  const breakdown = (section: string, list: BreakdownRow[], name: (k: string) => string) => {
    for (const b of list) {
      const item = b.key === null ? T.none : name(b.key);
      rows.push(
        [section, item, M.received, b.received.count],
        [section, item, M.answered, b.answered.count],
        [section, item, M.onTime, b.onTime.count],
        [section, item, M.late, b.late.count],
        [section, item, M.onTimeRate, percent(b.onTimeRate)],
        [section, item, M.medianDays, days(b.medianDaysToAnswer)],
      );
    }
  };
  breakdown(s.kind, f.breakdowns.KIND, kindName);
  breakdown(s.channel, f.breakdowns.CHANNEL, channelName);
  for (const [o, n] of Object.entries(r.outcomes)) rows.push([s.outcome, T.outcomes[o as Outcome], M.count, n]);
  for (const n of r.notOwed) rows.push([s.notOwed, T.notOwed[n.reason], M.count, n.count]);
  for (const c of f.timeliness) {
    rows.push([s.timeliness, clockName(c.clock), M.onTime, c.onTime.count], [s.timeliness, clockName(c.clock), M.late, c.late.count], [s.timeliness, clockName(c.clock), M.compliance, percent(c.compliance)]);
  }
  const sat = f.satisfaction;
  rows.push(
    [s.satisfaction, total, M.linksSent, sat.linksSent.count],
    [s.satisfaction, total, M.rated, sat.rated.count],
    [s.satisfaction, total, M.responseRate, percent(sat.responseRate)],
    [s.satisfaction, total, M.average, sat.average === null ? null : Math.round(sat.average * 100) / 100],
    ...sat.distribution.map((d): Row => [s.satisfaction, M.score(d.score), M.count, d.cases.count]),
  );
  for (const a of r.actions) {
    rows.push(
      [s.actions, a.title, M.status, T.actionStatus[a.status] ?? a.status],
      [s.actions, a.title, M.department, a.department ?? T.wholeMunicipality],
      [s.actions, a.title, M.owner, a.owner],
      [s.actions, a.title, M.started, a.startedOn],
      [s.actions, a.title, M.due, a.dueDate ?? ""],
      [s.actions, a.title, M.completed, a.completedOn ?? ""],
      [s.actions, a.title, M.cases, a.cases],
    );
  }
  return rows;
}

export function annualReportCsv(r: AnnualReport): string {
  return toCsv(REPORT_TEXT.csvHeader, reportRows(r));
}

// ---------------------------------------------------------------------------------------
// PDF

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const INK = "#111111";
const MUTED = "#555555";
const RULE = "#999999";

const fmt = (v: CsvCell): string => {
  if (v === null || v === undefined || v === "") return REPORT_TEXT.none;
  if (typeof v === "number") return new Intl.NumberFormat("bg-BG", { maximumFractionDigits: 2 }).format(v);
  return String(v);
};

/** The report as an A4 PDF. `compress: false` leaves the content streams readable (tests). */
export async function annualReportPdf(r: AnnualReport, options: { compress?: boolean } = {}): Promise<Buffer> {
  const T = REPORT_TEXT;
  const M = T.measures;
  const title = T.title(r.year);
  const { doc, done, left, width, bottom, keep } = openPdfDocument({
    margins: MARGIN,
    lang: "bg",
    info: { Title: title, Author: "Община Момчилград", Subject: "Годишен отчет за обратната връзка" },
    compress: options.compress,
  });
  const heading = (text: string) => {
    doc.moveDown(0.8);
    doc.font("bold").fontSize(12.5).fillColor(INK);
    keep(doc.currentLineHeight(true) * 4);
    doc.text(text, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  /** A table: first column text, the others right-aligned numbers; header repeated on a new page. */
  const table = (head: string[], body: CsvCell[][], firstWidth = 0.34) => {
    const firstW = width * firstWidth;
    const otherW = (width - firstW) / Math.max(1, head.length - 1);
    const xs = head.map((_, i) => (i === 0 ? left : left + firstW + (i - 1) * otherW));
    const ws = head.map((_, i) => (i === 0 ? firstW : otherW) - 6);
    const drawRow = (cells: string[], header: boolean) => {
      doc.font(header ? "bold" : "body").fontSize(header ? 8 : 9).fillColor(header ? MUTED : INK);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: ws[i] }))) + 4;
      if (doc.y + h > bottom()) {
        doc.addPage();
        if (!header) drawRow(head, true);
      }
      const y = doc.y;
      cells.forEach((c, i) => doc.text(c, xs[i]!, y, { width: ws[i], align: i === 0 ? "left" : "right" }));
      doc.y = y + h;
      doc.moveTo(left, doc.y - 2).lineTo(left + width, doc.y - 2).lineWidth(header ? 0.8 : 0.3).strokeColor(RULE).stroke();
      doc.x = left;
    };
    drawRow(head, true);
    for (const row of body) drawRow(row.map(fmt), false);
  };

  // Title block.
  doc.font("bold").fontSize(15).fillColor(INK).text(T.municipality, left, MARGIN.top, { width, align: "center", characterSpacing: 1 });
  doc.moveDown(0.4);
  doc.font("bold").fontSize(13).text(title, { width, align: "center" });
  doc.moveDown(0.6);
  doc.font("body").fontSize(9.5).fillColor(MUTED);
  doc.text(T.scope[r.audience], { width });
  if (!r.complete) doc.text(T.partial(r.to), { width });
  doc.text(T.generated(new Intl.DateTimeFormat("bg-BG", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Sofia" }).format(r.generatedAt)), { width });
  doc.moveDown(0.3);
  doc.text(T.definitions, { width });

  const f = r.figures;
  heading(T.sections.summary);
  table(
    ["", M.count],
    [
      [M.received, f.received.count],
      [M.answered, f.answered.count],
      [M.onTime, f.overall.onTime.count],
      [M.late, f.overall.late.count],
      [M.onTimeRate, percent(f.overall.rate)],
      [M.medianDays, days(f.timeToAnswer.medianDays)],
      [M.p90Days, days(f.timeToAnswer.p90Days)],
      [M.anonymous, f.anonymous.part.count],
    ],
    0.6,
  );
  const breakdownHead = ["", M.received, M.answered, M.onTime, M.late, M.onTimeRate, M.medianDays];
  const breakdownBody = (list: BreakdownRow[], name: (k: string) => string) =>
    list
      .filter((b) => b.received.count > 0 || b.answered.count > 0)
      .map((b) => [b.key === null ? T.none : name(b.key), b.received.count, b.answered.count, b.onTime.count, b.late.count, percent(b.onTimeRate), days(b.medianDaysToAnswer)]);
  heading(T.sections.kind);
  table(breakdownHead, breakdownBody(f.breakdowns.KIND, kindName), 0.28);
  heading(T.sections.channel);
  table(breakdownHead, breakdownBody(f.breakdowns.CHANNEL, channelName), 0.28);
  heading(T.sections.outcome);
  table(["", M.count], Object.entries(r.outcomes).map(([o, n]) => [T.outcomes[o as Outcome], n]), 0.7);
  heading(T.sections.notOwed);
  table(["", M.count], r.notOwed.map((n) => [T.notOwed[n.reason], n.count]), 0.7);
  heading(T.sections.timeliness);
  table(["", M.onTime, M.late, M.compliance], f.timeliness.map((c) => [clockName(c.clock), c.onTime.count, c.late.count, percent(c.compliance)]), 0.4);
  heading(T.sections.satisfaction);
  const sat = f.satisfaction;
  table(
    ["", M.count],
    [
      [M.linksSent, sat.linksSent.count],
      [M.rated, sat.rated.count],
      [M.responseRate, percent(sat.responseRate)],
      [M.average, sat.average === null ? null : Math.round(sat.average * 100) / 100],
      ...sat.distribution.map((d) => [M.score(d.score), d.cases.count]),
    ],
    0.7,
  );
  heading(T.sections.actions);
  if (r.actions.length === 0) doc.font("body").fontSize(10).fillColor(INK).text(T.noActions, left, doc.y, { width });
  else {
    // One block per action (seven columns do not fit A4): the title, then its facts.
    for (const a of r.actions) {
      const facts = [
        `${M.status}: ${T.actionStatus[a.status] ?? a.status}`,
        `${M.department}: ${a.department ?? T.wholeMunicipality}`,
        `${M.owner}: ${a.owner}`,
        `${M.started}: ${a.startedOn}`,
        `${M.due}: ${a.dueDate ?? T.none}`,
        ...(a.completedOn ? [`${M.completed}: ${a.completedOn}`] : []),
        `${M.cases}: ${a.cases}`,
      ].join(" · ");
      doc.font("bold").fontSize(10);
      keep(doc.currentLineHeight(true) * 4);
      doc.fillColor(INK).text(a.title, left, doc.y, { width });
      doc.font("body").fontSize(9).fillColor(MUTED).text(facts, left, doc.y, { width });
      doc.moveDown(0.5);
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pageBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(8).fillColor(MUTED);
    doc.text(`${title} · стр. ${i - range.start + 1} от ${range.count}`, left, doc.page.height - 40, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = pageBottom;
  }
  doc.end();
  return done;
}

