// The administrator's calendar overrides (legal-deadlines.md, "Working days"): days off
// declared by the Council of Ministers (КТ чл. 154(3)), working Saturdays set in
// exchange, local holidays (ЗМСМА чл. 21(1) т.23).
//
// A change moves legal terms that are running (issue "Live": "changing the kind or the
// calendar recomputes open clocks and records why"), so it is ONE transaction: the
// override row, the new due / warning instants of every open clock it can move, one
// audit record (SETTINGS_CHANGED, before/after and how many cases and clocks moved),
// and a CASE_UPDATED event per moved case with data { reason: "CALENDAR_CHANGED", date }.
//
// Which clocks: every open clock (RUNNING, WARNED, BREACHED, PAUSED) whose last day is
// on or after the changed date. A term's last day, its roll-forward and its warning all
// lie on or before its last day, so a clock that ends before the date cannot move; a
// chained term (NOTIFY after DECIDE) ends after its source, so it is in the set too.
// How each clock is recounted, and what happens to WARNED / BREACHED: recountForCalendar
// in lib/cases/clocks.ts.
//
// Other server instances keep their cached calendar for up to 30 s (lib/cases/settings.ts):
// a case registered there in that window is counted with the old calendar.
import type { CalendarOverrideType, Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { AppError, type FieldError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/admin/access";
import { recordAudit } from "@/lib/audit/record";
import { OUTBOX_LOCK } from "@/lib/events/outbox";
import { eventsCommitted } from "@/lib/events/bus";
import { calendarOverridesSchema, overrideProblems, WorkingCalendar, type CalendarOverrides } from "@/lib/domain/calendar";
import { isIsoDate, yearOf } from "@/lib/domain/iso-date";
import { DEFAULT_POLICIES, parseKindPolicy, type KindPolicy } from "@/lib/domain/policy";
import type { Kind } from "@/lib/domain/kinds";
import { invalidateSettings } from "@/lib/cases/settings";
import { isoDay, OPEN_CLOCK_STATES, recountForCalendar, type ClockRow, type RecountedClock } from "@/lib/cases/clocks";

type Tx = Prisma.TransactionClient;

export const CALENDAR_OVERRIDE_TYPES = ["DAY_OFF", "WORKING_DAY", "LOCAL_HOLIDAY"] as const satisfies readonly CalendarOverrideType[];
export const CALENDAR_NOTE_MAX = 200;
/** Years an override may fall in: the calendar's Easter rule holds far wider; this catches typing slips. */
const YEARS = { min: 2000, max: 2199 };
/** Cases recounted per read / bulk update. */
const BATCH = 500;
// Arbitrary constant naming the calendar's advisory lock (the outbox's is 7_261_001, the audit chain's 7_261_002).
const CALENDAR_LOCK = 7_261_003;

export interface CalendarOverrideView {
  date: string;
  type: CalendarOverrideType;
  note: string;
}

export interface CalendarChangeResult {
  /** The override of that date now; null after removal. */
  override: CalendarOverrideView | null;
  /** Cases whose open terms moved (each got a CASE_UPDATED event). */
  recountedCases: number;
  recountedClocks: number;
}

export async function listCalendarOverrides(options: { viewer: Viewer | null | undefined }): Promise<CalendarOverrideView[]> {
  await assertAdmin(options.viewer);
  const db = await prisma();
  const rows = await db.calendarOverride.findMany({ orderBy: { date: "asc" } });
  return rows.map(toView);
}

export async function setCalendarOverride(options: {
  viewer: Viewer | null | undefined;
  date: string;
  type: string;
  note?: string | null;
}): Promise<CalendarChangeResult> {
  const admin = await assertAdmin(options.viewer);
  const errors: FieldError[] = [];
  const date = checkDate(options.date, errors);
  const type = (CALENDAR_OVERRIDE_TYPES as readonly string[]).includes(options.type) ? (options.type as CalendarOverrideType) : null;
  if (!type) errors.push({ field: "type", code: options.type ? "INVALID_CHOICE" : "REQUIRED" });
  const note = (options.note ?? "").trim();
  if (note.length > CALENDAR_NOTE_MAX) errors.push({ field: "note", code: "TOO_LONG", params: { max: CALENDAR_NOTE_MAX } });
  if (errors.length > 0 || !date || !type) throw AppError.badInput(errors);
  return changeCalendar(admin, date, { type, note });
}

/** Removing an override that is not there changes nothing and is no error (idempotent). */
export async function removeCalendarOverride(options: { viewer: Viewer | null | undefined; date: string }): Promise<CalendarChangeResult> {
  const admin = await assertAdmin(options.viewer);
  const errors: FieldError[] = [];
  const date = checkDate(options.date, errors);
  if (!date) throw AppError.badInput(errors);
  return changeCalendar(admin, date, null);
}

function checkDate(value: unknown, errors: FieldError[]): string | null {
  if (value === undefined || value === null || value === "") {
    errors.push({ field: "date", code: "REQUIRED" });
    return null;
  }
  if (!isIsoDate(value) || yearOf(value) < YEARS.min || yearOf(value) > YEARS.max) {
    errors.push({ field: "date", code: "INVALID_DATE" });
    return null;
  }
  return value;
}

function toView(row: { date: Date; type: CalendarOverrideType; note: string }): CalendarOverrideView {
  return { date: isoDay(row.date), type: row.type, note: row.note };
}

function overridesOf(rows: CalendarOverrideView[]): CalendarOverrides {
  const of = (type: CalendarOverrideType) => rows.filter((r) => r.type === type).map((r) => r.date);
  return { daysOff: of("DAY_OFF"), workingDays: of("WORKING_DAY"), localHolidays: of("LOCAL_HOLIDAY") };
}

async function changeCalendar(
  admin: Viewer,
  date: string,
  next: { type: CalendarOverrideType; note: string } | null,
): Promise<CalendarChangeResult> {
  const db = await prisma();
  const now = new Date();
  const result = await db.$transaction(
    async (tx) => {
      // Two administrators' changes take turns: each recounts against the other's result.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK}::bigint)::text AS locked`;
      const rows = (await tx.calendarOverride.findMany()).map(toView);
      const previous = rows.find((r) => r.date === date) ?? null;
      const nextRows = rows.filter((r) => r.date !== date);
      if (next) nextRows.push({ date, ...next });

      const overrides = calendarOverridesSchema.parse(overridesOf(nextRows));
      // Only this date can be new trouble; the rest of the table was accepted before.
      if (overrideProblems(overrides).some((p) => p.startsWith(date))) {
        throw AppError.badInput([{ field: "type", code: "CALENDAR_CONFLICT" }]);
      }
      const unchanged = previous?.type === next?.type && previous?.note === next?.note;
      if (unchanged) return { override: previous, recountedCases: 0, recountedClocks: 0 };

      const day = new Date(`${date}T00:00:00Z`);
      if (next) await tx.calendarOverride.upsert({ where: { date: day }, create: { date: day, ...next }, update: next });
      else if (previous) await tx.calendarOverride.delete({ where: { date: day } });

      const before = new WorkingCalendar(overridesOf(rows));
      const after = new WorkingCalendar(overrides);
      const moved = previous?.type === next?.type ? [] : await recountOpenClocks(tx, date, before, after, now);
      const clocks = moved.reduce((n, m) => n + m.clocks.length, 0);

      const audit = await recordAudit(tx, {
        actorId: admin.id,
        action: "SETTINGS_CHANGED",
        entityType: "CalendarOverride",
        entityId: date,
        before: previous ? { type: previous.type, note: previous.note } : null,
        after: { ...(next ? { type: next.type, note: next.note } : { removed: true }), recountedCases: moved.length, recountedClocks: clocks },
      });
      if (moved.length > 0) {
        // One CASE_UPDATED per moved case, in one statement (as the sweeper writes its events).
        const events = JSON.stringify(
          moved.map((m) => ({
            caseId: m.caseId,
            data: {
              kind: m.kind,
              reason: "CALENDAR_CHANGED",
              date,
              settingsAuditId: audit.id.toString(),
              clocks: m.clocks.map((k) => ({ clock: k.clock, before: k.before.dueDate, after: k.dueDate, state: k.state })),
            },
          })),
        );
        await tx.$executeRaw`
          WITH outbox_lock AS (SELECT pg_advisory_xact_lock(${OUTBOX_LOCK}::bigint))
          INSERT INTO "Event" ("type", "caseId", "public", "data")
          SELECT 'CASE_UPDATED', x."caseId"::uuid, false, x."data"
          FROM outbox_lock, jsonb_to_recordset(${events}::jsonb) AS x("caseId" text, "data" jsonb)`;
      }
      return { override: next ? { date, ...next } : null, recountedCases: moved.length, recountedClocks: clocks };
    },
    // Recounting every open term can take a while on a big database.
    { timeout: 120_000, maxWait: 10_000 },
  );
  invalidateSettings();
  if (result.recountedCases > 0) eventsCommitted();
  return result;
}

interface MovedCase {
  caseId: string;
  kind: Kind;
  clocks: RecountedClock[];
}

/** Terms per kind as stored now, read in the transaction (the settings cache may be stale). */
async function readPolicies(tx: Tx): Promise<Record<Kind, KindPolicy>> {
  const policies = { ...DEFAULT_POLICIES } as Record<Kind, KindPolicy>;
  for (const row of await tx.kindPolicy.findMany()) {
    policies[row.kind] = parseKindPolicy({ kind: row.kind, answerOwed: row.answerOwed, clocks: row.clocks });
  }
  return policies;
}

async function recountOpenClocks(tx: Tx, date: string, before: WorkingCalendar, after: WorkingCalendar, now: Date): Promise<MovedCase[]> {
  // Lock the open clocks that may move, so the sweeper cannot warn or breach one between
  // this read and the update below (it would be reported twice).
  const open = await tx.$queryRaw<{ caseId: string }[]>`
    SELECT "caseId"::text AS "caseId" FROM "CaseClock"
    WHERE "state"::text IN (${OPEN_CLOCK_STATES[0]}, ${OPEN_CLOCK_STATES[1]}, ${OPEN_CLOCK_STATES[2]}, ${OPEN_CLOCK_STATES[3]})
      AND "dueDate" >= ${date}::date
    FOR UPDATE`;
  const caseIds = [...new Set(open.map((r) => r.caseId))].sort();
  if (caseIds.length === 0) return [];
  const policies = await readPolicies(tx);
  const moved: MovedCase[] = [];
  for (let i = 0; i < caseIds.length; i += BATCH) {
    const cases = await tx.case.findMany({
      where: { id: { in: caseIds.slice(i, i + BATCH) } },
      select: {
        id: true,
        kind: true,
        receivedAt: true,
        clocks: { select: { id: true, clock: true, dueDate: true, dueAt: true, warnAt: true, state: true, metAt: true } },
      },
    });
    const batch: MovedCase[] = [];
    for (const c of cases) {
      const clocks = recountForCalendar({ ...c, clocks: c.clocks as ClockRow[] }, [policies[c.kind], DEFAULT_POLICIES[c.kind]], before, after, now);
      if (clocks.length > 0) batch.push({ caseId: c.id, kind: c.kind, clocks });
    }
    const updates = batch.flatMap((m) =>
      m.clocks.map((k) => ({ id: k.id, dueDate: k.dueDate, dueAt: k.dueAt.toISOString(), warnAt: k.warnAt.toISOString(), state: k.state })),
    );
    if (updates.length > 0) {
      // Case.nextDueAt follows by the trigger on "CaseClock" (migration case_next_due).
      await tx.$executeRaw`
        UPDATE "CaseClock" AS k
        SET "dueDate" = x."dueDate"::date, "dueAt" = x."dueAt"::timestamptz, "warnAt" = x."warnAt"::timestamptz,
            "state" = x."state"::"ClockState"
        FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS x("id" text, "dueDate" text, "dueAt" text, "warnAt" text, "state" text)
        WHERE k."id" = x."id"::uuid`;
    }
    moved.push(...batch);
  }
  return moved;
}
