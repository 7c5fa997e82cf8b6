-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "clocksAll" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "clocksLate" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "clocksOnTime" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "caseReceivedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "CaseFigure" (
    "grain" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "serviceUnitId" TEXT NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "anonymous" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "linksSent" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" INTEGER NOT NULL DEFAULT 0,
    "score1" INTEGER NOT NULL DEFAULT 0,
    "score2" INTEGER NOT NULL DEFAULT 0,
    "score3" INTEGER NOT NULL DEFAULT 0,
    "score4" INTEGER NOT NULL DEFAULT 0,
    "score5" INTEGER NOT NULL DEFAULT 0,
    "notOwed_ANONYMOUS" INTEGER NOT NULL DEFAULT 0,
    "notOwed_OLDER_THAN_TWO_YEARS" INTEGER NOT NULL DEFAULT 0,
    "notOwed_ABUSIVE_LANGUAGE" INTEGER NOT NULL DEFAULT 0,
    "notOwed_PERSONAL_DATA_OR_CLASSIFIED" INTEGER NOT NULL DEFAULT 0,
    "notOwed_REPEAT_WITHOUT_NEW_FACTS" INTEGER NOT NULL DEFAULT 0,
    "notOwed_KIND_POLICY" INTEGER NOT NULL DEFAULT 0,
    "clock_ACKNOWLEDGE_cases" INTEGER NOT NULL DEFAULT 0,
    "clock_ACKNOWLEDGE_onTime" INTEGER NOT NULL DEFAULT 0,
    "clock_ACKNOWLEDGE_late" INTEGER NOT NULL DEFAULT 0,
    "clock_DECIDE_cases" INTEGER NOT NULL DEFAULT 0,
    "clock_DECIDE_onTime" INTEGER NOT NULL DEFAULT 0,
    "clock_DECIDE_late" INTEGER NOT NULL DEFAULT 0,
    "clock_NOTIFY_cases" INTEGER NOT NULL DEFAULT 0,
    "clock_NOTIFY_onTime" INTEGER NOT NULL DEFAULT 0,
    "clock_NOTIFY_late" INTEGER NOT NULL DEFAULT 0,
    "clock_FORWARD_cases" INTEGER NOT NULL DEFAULT 0,
    "clock_FORWARD_onTime" INTEGER NOT NULL DEFAULT 0,
    "clock_FORWARD_late" INTEGER NOT NULL DEFAULT 0,
    "clock_FEEDBACK_cases" INTEGER NOT NULL DEFAULT 0,
    "clock_FEEDBACK_onTime" INTEGER NOT NULL DEFAULT 0,
    "clock_FEEDBACK_late" INTEGER NOT NULL DEFAULT 0,
    "clock_TARGET_cases" INTEGER NOT NULL DEFAULT 0,
    "clock_TARGET_onTime" INTEGER NOT NULL DEFAULT 0,
    "clock_TARGET_late" INTEGER NOT NULL DEFAULT 0,
    "days_0" INTEGER NOT NULL DEFAULT 0,
    "days_1" INTEGER NOT NULL DEFAULT 0,
    "days_2" INTEGER NOT NULL DEFAULT 0,
    "days_3" INTEGER NOT NULL DEFAULT 0,
    "days_4" INTEGER NOT NULL DEFAULT 0,
    "days_5" INTEGER NOT NULL DEFAULT 0,
    "days_6" INTEGER NOT NULL DEFAULT 0,
    "days_7" INTEGER NOT NULL DEFAULT 0,
    "days_8" INTEGER NOT NULL DEFAULT 0,
    "days_9" INTEGER NOT NULL DEFAULT 0,
    "days_10" INTEGER NOT NULL DEFAULT 0,
    "days_11" INTEGER NOT NULL DEFAULT 0,
    "days_12" INTEGER NOT NULL DEFAULT 0,
    "days_13" INTEGER NOT NULL DEFAULT 0,
    "days_14" INTEGER NOT NULL DEFAULT 0,
    "days_15" INTEGER NOT NULL DEFAULT 0,
    "days_16" INTEGER NOT NULL DEFAULT 0,
    "days_17" INTEGER NOT NULL DEFAULT 0,
    "days_18" INTEGER NOT NULL DEFAULT 0,
    "days_19" INTEGER NOT NULL DEFAULT 0,
    "days_20" INTEGER NOT NULL DEFAULT 0,
    "days_21" INTEGER NOT NULL DEFAULT 0,
    "days_22" INTEGER NOT NULL DEFAULT 0,
    "days_23" INTEGER NOT NULL DEFAULT 0,
    "days_24" INTEGER NOT NULL DEFAULT 0,
    "days_25" INTEGER NOT NULL DEFAULT 0,
    "days_26" INTEGER NOT NULL DEFAULT 0,
    "days_27" INTEGER NOT NULL DEFAULT 0,
    "days_28" INTEGER NOT NULL DEFAULT 0,
    "days_29" INTEGER NOT NULL DEFAULT 0,
    "days_30" INTEGER NOT NULL DEFAULT 0,
    "days_31" INTEGER NOT NULL DEFAULT 0,
    "days_32" INTEGER NOT NULL DEFAULT 0,
    "days_33" INTEGER NOT NULL DEFAULT 0,
    "days_34" INTEGER NOT NULL DEFAULT 0,
    "days_35" INTEGER NOT NULL DEFAULT 0,
    "days_36" INTEGER NOT NULL DEFAULT 0,
    "days_37" INTEGER NOT NULL DEFAULT 0,
    "days_38" INTEGER NOT NULL DEFAULT 0,
    "days_39" INTEGER NOT NULL DEFAULT 0,
    "days_40" INTEGER NOT NULL DEFAULT 0,
    "days_41" INTEGER NOT NULL DEFAULT 0,
    "days_42" INTEGER NOT NULL DEFAULT 0,
    "days_43" INTEGER NOT NULL DEFAULT 0,
    "days_44" INTEGER NOT NULL DEFAULT 0,
    "days_45" INTEGER NOT NULL DEFAULT 0,
    "days_46" INTEGER NOT NULL DEFAULT 0,
    "days_47" INTEGER NOT NULL DEFAULT 0,
    "days_48" INTEGER NOT NULL DEFAULT 0,
    "days_49" INTEGER NOT NULL DEFAULT 0,
    "days_50" INTEGER NOT NULL DEFAULT 0,
    "days_51" INTEGER NOT NULL DEFAULT 0,
    "days_52" INTEGER NOT NULL DEFAULT 0,
    "days_53" INTEGER NOT NULL DEFAULT 0,
    "days_54" INTEGER NOT NULL DEFAULT 0,
    "days_55" INTEGER NOT NULL DEFAULT 0,
    "days_56" INTEGER NOT NULL DEFAULT 0,
    "days_57" INTEGER NOT NULL DEFAULT 0,
    "days_58" INTEGER NOT NULL DEFAULT 0,
    "days_59" INTEGER NOT NULL DEFAULT 0,
    "days_60" INTEGER NOT NULL DEFAULT 0,
    "days_61" INTEGER NOT NULL DEFAULT 0,
    "days_62" INTEGER NOT NULL DEFAULT 0,
    "days_63" INTEGER NOT NULL DEFAULT 0,
    "days_64" INTEGER NOT NULL DEFAULT 0,
    "days_65" INTEGER NOT NULL DEFAULT 0,
    "days_66" INTEGER NOT NULL DEFAULT 0,
    "days_67" INTEGER NOT NULL DEFAULT 0,
    "days_68" INTEGER NOT NULL DEFAULT 0,
    "days_69" INTEGER NOT NULL DEFAULT 0,
    "days_70" INTEGER NOT NULL DEFAULT 0,
    "days_71" INTEGER NOT NULL DEFAULT 0,
    "days_72" INTEGER NOT NULL DEFAULT 0,
    "days_73" INTEGER NOT NULL DEFAULT 0,
    "days_74" INTEGER NOT NULL DEFAULT 0,
    "days_75" INTEGER NOT NULL DEFAULT 0,
    "days_76" INTEGER NOT NULL DEFAULT 0,
    "days_77" INTEGER NOT NULL DEFAULT 0,
    "days_78" INTEGER NOT NULL DEFAULT 0,
    "days_79" INTEGER NOT NULL DEFAULT 0,
    "days_80" INTEGER NOT NULL DEFAULT 0,
    "days_81" INTEGER NOT NULL DEFAULT 0,
    "days_82" INTEGER NOT NULL DEFAULT 0,
    "days_83" INTEGER NOT NULL DEFAULT 0,
    "days_84" INTEGER NOT NULL DEFAULT 0,
    "days_85" INTEGER NOT NULL DEFAULT 0,
    "days_86" INTEGER NOT NULL DEFAULT 0,
    "days_87" INTEGER NOT NULL DEFAULT 0,
    "days_88" INTEGER NOT NULL DEFAULT 0,
    "days_89" INTEGER NOT NULL DEFAULT 0,
    "days_90" INTEGER NOT NULL DEFAULT 0,
    "days_91" INTEGER NOT NULL DEFAULT 0,
    "days_92" INTEGER NOT NULL DEFAULT 0,
    "days_93" INTEGER NOT NULL DEFAULT 0,
    "days_94" INTEGER NOT NULL DEFAULT 0,
    "days_95" INTEGER NOT NULL DEFAULT 0,
    "days_96" INTEGER NOT NULL DEFAULT 0,
    "days_97" INTEGER NOT NULL DEFAULT 0,
    "days_98" INTEGER NOT NULL DEFAULT 0,
    "days_99" INTEGER NOT NULL DEFAULT 0,
    "days_100" INTEGER NOT NULL DEFAULT 0,
    "days_101" INTEGER NOT NULL DEFAULT 0,
    "days_102" INTEGER NOT NULL DEFAULT 0,
    "days_103" INTEGER NOT NULL DEFAULT 0,
    "days_104" INTEGER NOT NULL DEFAULT 0,
    "days_105" INTEGER NOT NULL DEFAULT 0,
    "days_106" INTEGER NOT NULL DEFAULT 0,
    "days_107" INTEGER NOT NULL DEFAULT 0,
    "days_108" INTEGER NOT NULL DEFAULT 0,
    "days_109" INTEGER NOT NULL DEFAULT 0,
    "days_110" INTEGER NOT NULL DEFAULT 0,
    "days_111" INTEGER NOT NULL DEFAULT 0,
    "days_112" INTEGER NOT NULL DEFAULT 0,
    "days_113" INTEGER NOT NULL DEFAULT 0,
    "days_114" INTEGER NOT NULL DEFAULT 0,
    "days_115" INTEGER NOT NULL DEFAULT 0,
    "days_116" INTEGER NOT NULL DEFAULT 0,
    "days_117" INTEGER NOT NULL DEFAULT 0,
    "days_118" INTEGER NOT NULL DEFAULT 0,
    "days_119" INTEGER NOT NULL DEFAULT 0,
    "days_120" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseFigure_pkey" PRIMARY KEY ("grain","period","kind","departmentId","channel","serviceUnitId","dim","value")
);

-- CreateTable
CREATE TABLE "CaseWeekFigure" (
    "family" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "serviceUnitId" TEXT NOT NULL,
    "cases" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseWeekFigure_pkey" PRIMARY KEY ("grain","period","family","kind","departmentId","channel","serviceUnitId")
);

-- CreateTable
CREATE TABLE "CaseFigureDelta" (
    "id" BIGSERIAL NOT NULL,
    "family" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "serviceUnitId" TEXT NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "received" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "anonymous" INTEGER NOT NULL,
    "late" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "linksSent" INTEGER NOT NULL,
    "rated" INTEGER NOT NULL,
    "scoreSum" INTEGER NOT NULL,
    "notOwed" INTEGER NOT NULL,
    "reason" TEXT,
    "score" INTEGER,
    "days" INTEGER,
    "clocksAll" INTEGER NOT NULL,
    "clocksOnTime" INTEGER NOT NULL,
    "clocksLate" INTEGER NOT NULL,

    CONSTRAINT "CaseFigureDelta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_dashboard_pending_idx" ON "Case"("nextDueAt", "metLate", "receivedAt", "kind", "departmentId", "channel", "serviceUnitId", "categoryId", "locale", "metOnTime", "answeredAt");

-- CreateIndex
CREATE INDEX "Rating_ratedAt_caseReceivedAt_idx" ON "Rating"("ratedAt", "caseReceivedAt");

-- Pre-counted dashboard figures (issue 5, "At scale": every dashboard query within 200 ms
-- at the 95th percentile at 1,000,000 cases). Before this, the dashboard counted the cases
-- of its date range one by one (10 s for a year of 240,000 cases). Now:
--   * "CaseFigure" holds, per period of receipt (day, week, month, year) and case set key (kind,
--     department, channel, service unit), every count the dashboard shows, including a
--     histogram of days to answer (medians, 90th percentile) — whole Sofia days 0..119 and
--     120 = 120 or more; per breakdown value not in the key (category, language) too.
--     Any date range is a few years + months + weeks + days of it (lib/dashboard/periods.ts).
--   * "CaseWeekFigure": received and answered per week / day, for the weekly trends.
--   * What depends on the clock (a term still open is late once its end passes) is not
--     stored: only the settled part is ("late" = a term met late, "onTime" = met on time
--     with nothing open); lib/dashboard/summary.ts adds the cases with a term still open,
--     a few thousand, read through "Case_dashboard_pending_idx".
--   * Triggers on "Case" and "Rating" append each change as +1/-1 rows to
--     "CaseFigureDelta" — no shared counter row is locked on the submission path — and
--     harta_compact_case_figures() folds them into the two tables every few seconds
--     (the clock sweeper's tick); readers add the rows not folded yet
--     (harta_case_figure_deltas()).
-- The measure columns are listed once in lib/dashboard/summary-columns.ts (a unit test
-- checks this file and schema.prisma against it).

-- Bit of a term in the Case.clocks* bit sets.
CREATE FUNCTION harta_clock_bit(c "ClockType") RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE c::text
    WHEN 'ACKNOWLEDGE' THEN 1
    WHEN 'DECIDE' THEN 2
    WHEN 'NOTIFY' THEN 4
    WHEN 'FORWARD' THEN 8
    WHEN 'FEEDBACK' THEN 16
    WHEN 'TARGET' THEN 32
  END;
$$;

-- nextDueAt, the met flags and now the three bit sets, for the given cases.
CREATE OR REPLACE FUNCTION harta_set_next_due(case_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Case" c
  SET "nextDueAt" = x."next", "metOnTime" = x."all_on_time" <> 0, "metLate" = x."all_late" <> 0,
      "clocksAll" = x."all", "clocksOnTime" = x."all_on_time", "clocksLate" = x."all_late"
  FROM (
    SELECT ids."caseId", k."next", k."all", k."all_on_time", k."all_late"
    FROM unnest(case_ids) AS ids("caseId"),
    LATERAL (
      SELECT min(k."dueAt") FILTER (WHERE k."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED')) AS "next",
             coalesce(bit_or(harta_clock_bit(k."clock")), 0) AS "all",
             coalesce(bit_or(harta_clock_bit(k."clock")) FILTER (WHERE k."state" = 'MET' AND k."metAt" <= k."dueAt"), 0) AS "all_on_time",
             coalesce(bit_or(harta_clock_bit(k."clock")) FILTER (WHERE k."state" = 'MET' AND k."metAt" > k."dueAt"), 0) AS "all_late"
      FROM "CaseClock" k WHERE k."caseId" = ids."caseId"
    ) k
  ) x
  WHERE c."id" = x."caseId"
    AND (c."nextDueAt" IS DISTINCT FROM x."next" OR c."clocksAll" <> x."all" OR c."clocksOnTime" <> x."all_on_time"
         OR c."clocksLate" <> x."all_late" OR c."metOnTime" <> (x."all_on_time" <> 0) OR c."metLate" <> (x."all_late" <> 0));
$$;

-- Inserts stay a cheap row trigger that only ever adds (see migration case_next_due). On
-- the submission path lib/cases/insert-case.ts writes nextDueAt and clocksAll with the
-- case, so the UPDATE matches no row.
CREATE OR REPLACE FUNCTION harta_case_clock_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bit integer := harta_clock_bit(NEW."clock");
BEGIN
  IF NEW."state" = 'MET' AND NEW."metAt" IS NOT NULL AND NEW."metAt" <= NEW."dueAt" THEN
    UPDATE "Case" SET "metOnTime" = true, "clocksAll" = "clocksAll" | bit, "clocksOnTime" = "clocksOnTime" | bit
    WHERE "id" = NEW."caseId" AND ("clocksAll" & bit = 0 OR "clocksOnTime" & bit = 0 OR NOT "metOnTime");
  ELSIF NEW."state" = 'MET' AND NEW."metAt" IS NOT NULL THEN
    UPDATE "Case" SET "metLate" = true, "clocksAll" = "clocksAll" | bit, "clocksLate" = "clocksLate" | bit
    WHERE "id" = NEW."caseId" AND ("clocksAll" & bit = 0 OR "clocksLate" & bit = 0 OR NOT "metLate");
  ELSIF NEW."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED') THEN
    UPDATE "Case" SET "nextDueAt" = least("nextDueAt", NEW."dueAt"), "clocksAll" = "clocksAll" | bit
    WHERE "id" = NEW."caseId" AND ("nextDueAt" IS NULL OR "nextDueAt" > NEW."dueAt" OR "clocksAll" & bit = 0);
  ELSE
    UPDATE "Case" SET "clocksAll" = "clocksAll" | bit WHERE "id" = NEW."caseId" AND "clocksAll" & bit = 0;
  END IF;
  RETURN NULL;
END;
$$;

DROP TRIGGER case_clock_inserted ON "CaseClock";
CREATE TRIGGER case_clock_inserted
AFTER INSERT ON "CaseClock"
FOR EACH ROW
EXECUTE FUNCTION harta_case_clock_inserted();

-- Cases that exist already: their bit sets (before the figure triggers exist, so this
-- writes no delta rows; the counts are built at the end).
UPDATE "Case" c
SET "clocksAll" = x."all", "clocksOnTime" = x."on_time", "clocksLate" = x."late"
FROM (
  SELECT "caseId", bit_or(harta_clock_bit("clock")) AS "all",
         coalesce(bit_or(harta_clock_bit("clock")) FILTER (WHERE "state" = 'MET' AND "metAt" <= "dueAt"), 0) AS "on_time",
         coalesce(bit_or(harta_clock_bit("clock")) FILTER (WHERE "state" = 'MET' AND "metAt" > "dueAt"), 0) AS "late"
  FROM "CaseClock" GROUP BY "caseId"
) x
WHERE c."id" = x."caseId";

UPDATE "Rating" r SET "caseReceivedAt" = c."receivedAt" FROM "Case" c WHERE c."id" = r."caseId";

-- The rows one state of a case contributes (p_sgn +1) or withdraws (p_sgn -1): family F
-- for each of its day, week, month and year × the whole key / its category / its language,
-- family R (received) and A (answered) for its week and day. p_linked: a rating link was
-- sent (a "Rating" row exists); p_score: its score once rated. p_ratings_only: only the
-- rows a rating changes (family F, dim "": the rating measures are kept there only).
CREATE FUNCTION harta_case_figure_rows(c "Case", p_linked boolean, p_score integer, p_sgn integer, p_ratings_only boolean)
RETURNS TABLE ("family" text, "grain" text, "period" date, "kind" text, "departmentId" text, "channel" text, "serviceUnitId" text, "dim" text, "value" text, "received" integer, "answered" integer, "anonymous" integer, "late" integer, "onTime" integer, "linksSent" integer, "rated" integer, "scoreSum" integer, "notOwed" integer, "reason" text, "score" integer, "days" integer, "clocksAll" integer, "clocksOnTime" integer, "clocksLate" integer)
LANGUAGE sql STABLE AS $$
  WITH v AS (
    SELECT (c."receivedAt" AT TIME ZONE 'Europe/Sofia')::date AS "day",
           (c."answeredAt" AT TIME ZONE 'Europe/Sofia')::date AS "answerDay",
           c."kind"::text AS "kind", coalesce(c."departmentId"::text, '') AS "departmentId", c."channel"::text AS "channel",
           coalesce(c."serviceUnitId"::text, '') AS "serviceUnitId",
           -- On time for good: a term met by its end, none met late, none still open.
           (c."metOnTime" AND NOT c."metLate" AND c."nextDueAt" IS NULL) AS "settledOnTime"
  )
  SELECT 'F', g."grain", g."period", v."kind", v."departmentId", v."channel", v."serviceUnitId", d."dim", d."value",
         p_sgn,
         CASE WHEN v."answerDay" IS NOT NULL THEN p_sgn ELSE 0 END,
         CASE WHEN c."anonymous" THEN p_sgn ELSE 0 END,
         CASE WHEN c."metLate" THEN p_sgn ELSE 0 END,
         CASE WHEN v."settledOnTime" THEN p_sgn ELSE 0 END,
         CASE WHEN d."dim" = '' AND p_linked THEN p_sgn ELSE 0 END,
         CASE WHEN d."dim" = '' AND p_score IS NOT NULL THEN p_sgn ELSE 0 END,
         CASE WHEN d."dim" = '' THEN coalesce(p_score, 0) * p_sgn ELSE 0 END,
         CASE WHEN NOT c."answerOwed" THEN p_sgn ELSE 0 END,
         CASE WHEN NOT c."answerOwed" THEN coalesce(c."noAnswerReason"::text, 'KIND_POLICY') END,
         CASE WHEN d."dim" = '' THEN p_score END,
         least(greatest(v."answerDay" - v."day", 0), 120),
         c."clocksAll", c."clocksOnTime", c."clocksLate"
  FROM v
  CROSS JOIN LATERAL (VALUES ('D', v."day"), ('W', date_trunc('week', v."day")::date), ('M', date_trunc('month', v."day")::date),
                             ('Y', date_trunc('year', v."day")::date)) AS g("grain", "period")
  CROSS JOIN LATERAL (VALUES ('', ''), ('category', coalesce(c."categoryId"::text, '')), ('locale', c."locale"::text)) AS d("dim", "value")
  WHERE NOT p_ratings_only OR d."dim" = ''
  UNION ALL
  SELECT w."family", w."grain", w."period", v."kind", v."departmentId", v."channel", v."serviceUnitId", '', '',
         p_sgn, 0, 0, 0, CASE WHEN w."family" = 'A' AND v."settledOnTime" THEN p_sgn ELSE 0 END, 0, 0, 0, 0, NULL, NULL, NULL, 0, 0, 0
  FROM v
  CROSS JOIN LATERAL (VALUES ('R', 'W', date_trunc('week', v."day")::date), ('R', 'D', v."day"),
                             ('A', 'W', date_trunc('week', v."answerDay")::date), ('A', 'D', v."answerDay")) AS w("family", "grain", "period")
  WHERE NOT p_ratings_only AND w."period" IS NOT NULL;
$$;

-- Appends those rows (the triggers below). PL/pgSQL, not SQL: it keeps its plan from call
-- to call, where a SQL function holding an INSERT is planned anew on every call (that cost
-- a quarter of the submission rate, bench/results/submit.md).
CREATE FUNCTION harta_append_case_figures(c "Case", p_linked boolean, p_score integer, p_sgn integer, p_ratings_only boolean)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CaseFigureDelta" ("family", "grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "dim", "value", "received", "answered", "anonymous", "late", "onTime", "linksSent", "rated", "scoreSum", "notOwed", "reason", "score", "days", "clocksAll", "clocksOnTime", "clocksLate")
  SELECT * FROM harta_case_figure_rows(c, p_linked, p_score, p_sgn, p_ratings_only);
END;
$$;

CREATE FUNCTION harta_case_figures_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_linked boolean;
  v_score integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new case has no rating yet.
    PERFORM harta_append_case_figures(NEW, false, NULL, 1, false);
    RETURN NULL;
  END IF;
  SELECT true, CASE WHEN r."ratedAt" IS NOT NULL THEN r."score" END INTO v_linked, v_score
  FROM "Rating" r WHERE r."caseId" = OLD."id";
  PERFORM harta_append_case_figures(OLD, coalesce(v_linked, false), v_score, -1, false);
  IF TG_OP = 'UPDATE' THEN
    PERFORM harta_append_case_figures(NEW, coalesce(v_linked, false), v_score, 1, false);
  END IF;
  RETURN NULL;
END;
$$;

-- Cases are never deleted by Harta (merges keep both); the DELETE branch keeps a manual
-- fix in psql from leaving counts behind.
CREATE TRIGGER case_figures_inserted_deleted
AFTER INSERT OR DELETE ON "Case"
FOR EACH ROW EXECUTE FUNCTION harta_case_figures_changed();

-- Only changes the figures see: most updates (texts, assignee, status alone, a term moving
-- its end) write nothing.
CREATE TRIGGER case_figures_updated
AFTER UPDATE ON "Case"
FOR EACH ROW
WHEN (OLD."receivedAt" IS DISTINCT FROM NEW."receivedAt" OR OLD."kind" IS DISTINCT FROM NEW."kind"
   OR OLD."departmentId" IS DISTINCT FROM NEW."departmentId" OR OLD."channel" IS DISTINCT FROM NEW."channel"
   OR OLD."serviceUnitId" IS DISTINCT FROM NEW."serviceUnitId" OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId"
   OR OLD."locale" IS DISTINCT FROM NEW."locale" OR OLD."anonymous" IS DISTINCT FROM NEW."anonymous"
   OR OLD."answerOwed" IS DISTINCT FROM NEW."answerOwed" OR OLD."noAnswerReason" IS DISTINCT FROM NEW."noAnswerReason"
   OR OLD."answeredAt" IS DISTINCT FROM NEW."answeredAt" OR OLD."metOnTime" IS DISTINCT FROM NEW."metOnTime"
   OR OLD."metLate" IS DISTINCT FROM NEW."metLate" OR (OLD."nextDueAt" IS NULL) IS DISTINCT FROM (NEW."nextDueAt" IS NULL)
   OR OLD."clocksAll" IS DISTINCT FROM NEW."clocksAll" OR OLD."clocksOnTime" IS DISTINCT FROM NEW."clocksOnTime"
   OR OLD."clocksLate" IS DISTINCT FROM NEW."clocksLate")
EXECUTE FUNCTION harta_case_figures_changed();

-- A rating changes its case's rows. The case row is locked first, so a concurrent change of
-- the case and of its rating are counted one after the other, each from the other's result.
CREATE FUNCTION harta_rating_figures_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  c "Case";
BEGIN
  SELECT * INTO c FROM "Case" WHERE "id" = coalesce(NEW."caseId", OLD."caseId") FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  PERFORM harta_append_case_figures(c, TG_OP <> 'INSERT', CASE WHEN TG_OP <> 'INSERT' AND OLD."ratedAt" IS NOT NULL THEN OLD."score" END, -1, true);
  PERFORM harta_append_case_figures(c, TG_OP <> 'DELETE', CASE WHEN TG_OP <> 'DELETE' AND NEW."ratedAt" IS NOT NULL THEN NEW."score" END, 1, true);
  RETURN NULL;
END;
$$;

CREATE TRIGGER rating_figures_changed
AFTER INSERT OR DELETE OR UPDATE OF "score", "ratedAt", "caseId" ON "Rating"
FOR EACH ROW EXECUTE FUNCTION harta_rating_figures_changed();

CREATE FUNCTION harta_rating_case_received() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."caseReceivedAt" := (SELECT "receivedAt" FROM "Case" WHERE "id" = NEW."caseId");
  RETURN NEW;
END;
$$;

CREATE TRIGGER rating_case_received
BEFORE INSERT OR UPDATE OF "caseId" ON "Rating"
FOR EACH ROW EXECUTE FUNCTION harta_rating_case_received();

-- The delta rows of family F not folded yet, summed per key in the shape of "CaseFigure".
CREATE FUNCTION harta_case_figure_deltas() RETURNS SETOF "CaseFigure"
LANGUAGE sql STABLE AS $$
  SELECT d."grain", d."period", d."kind", d."departmentId", d."channel", d."serviceUnitId", d."dim", d."value",
         sum(d."received")::int AS "received",
         sum(d."answered")::int AS "answered",
         sum(d."anonymous")::int AS "anonymous",
         sum(d."late")::int AS "late",
         sum(d."onTime")::int AS "onTime",
         sum(d."linksSent")::int AS "linksSent",
         sum(d."rated")::int AS "rated",
         sum(d."scoreSum")::int AS "scoreSum",
         coalesce(sum(d."rated") FILTER (WHERE d."score" = 1), 0)::int AS "score1",
         coalesce(sum(d."rated") FILTER (WHERE d."score" = 2), 0)::int AS "score2",
         coalesce(sum(d."rated") FILTER (WHERE d."score" = 3), 0)::int AS "score3",
         coalesce(sum(d."rated") FILTER (WHERE d."score" = 4), 0)::int AS "score4",
         coalesce(sum(d."rated") FILTER (WHERE d."score" = 5), 0)::int AS "score5",
         coalesce(sum(d."notOwed") FILTER (WHERE d."reason" = 'ANONYMOUS'), 0)::int AS "notOwed_ANONYMOUS",
         coalesce(sum(d."notOwed") FILTER (WHERE d."reason" = 'OLDER_THAN_TWO_YEARS'), 0)::int AS "notOwed_OLDER_THAN_TWO_YEARS",
         coalesce(sum(d."notOwed") FILTER (WHERE d."reason" = 'ABUSIVE_LANGUAGE'), 0)::int AS "notOwed_ABUSIVE_LANGUAGE",
         coalesce(sum(d."notOwed") FILTER (WHERE d."reason" = 'PERSONAL_DATA_OR_CLASSIFIED'), 0)::int AS "notOwed_PERSONAL_DATA_OR_CLASSIFIED",
         coalesce(sum(d."notOwed") FILTER (WHERE d."reason" = 'REPEAT_WITHOUT_NEW_FACTS'), 0)::int AS "notOwed_REPEAT_WITHOUT_NEW_FACTS",
         coalesce(sum(d."notOwed") FILTER (WHERE d."reason" = 'KIND_POLICY'), 0)::int AS "notOwed_KIND_POLICY",
         coalesce(sum(d."received") FILTER (WHERE d."clocksAll" & 1 <> 0), 0)::int AS "clock_ACKNOWLEDGE_cases",
         coalesce(sum(d."received") FILTER (WHERE d."clocksOnTime" & 1 <> 0), 0)::int AS "clock_ACKNOWLEDGE_onTime",
         coalesce(sum(d."received") FILTER (WHERE d."clocksLate" & 1 <> 0), 0)::int AS "clock_ACKNOWLEDGE_late",
         coalesce(sum(d."received") FILTER (WHERE d."clocksAll" & 2 <> 0), 0)::int AS "clock_DECIDE_cases",
         coalesce(sum(d."received") FILTER (WHERE d."clocksOnTime" & 2 <> 0), 0)::int AS "clock_DECIDE_onTime",
         coalesce(sum(d."received") FILTER (WHERE d."clocksLate" & 2 <> 0), 0)::int AS "clock_DECIDE_late",
         coalesce(sum(d."received") FILTER (WHERE d."clocksAll" & 4 <> 0), 0)::int AS "clock_NOTIFY_cases",
         coalesce(sum(d."received") FILTER (WHERE d."clocksOnTime" & 4 <> 0), 0)::int AS "clock_NOTIFY_onTime",
         coalesce(sum(d."received") FILTER (WHERE d."clocksLate" & 4 <> 0), 0)::int AS "clock_NOTIFY_late",
         coalesce(sum(d."received") FILTER (WHERE d."clocksAll" & 8 <> 0), 0)::int AS "clock_FORWARD_cases",
         coalesce(sum(d."received") FILTER (WHERE d."clocksOnTime" & 8 <> 0), 0)::int AS "clock_FORWARD_onTime",
         coalesce(sum(d."received") FILTER (WHERE d."clocksLate" & 8 <> 0), 0)::int AS "clock_FORWARD_late",
         coalesce(sum(d."received") FILTER (WHERE d."clocksAll" & 16 <> 0), 0)::int AS "clock_FEEDBACK_cases",
         coalesce(sum(d."received") FILTER (WHERE d."clocksOnTime" & 16 <> 0), 0)::int AS "clock_FEEDBACK_onTime",
         coalesce(sum(d."received") FILTER (WHERE d."clocksLate" & 16 <> 0), 0)::int AS "clock_FEEDBACK_late",
         coalesce(sum(d."received") FILTER (WHERE d."clocksAll" & 32 <> 0), 0)::int AS "clock_TARGET_cases",
         coalesce(sum(d."received") FILTER (WHERE d."clocksOnTime" & 32 <> 0), 0)::int AS "clock_TARGET_onTime",
         coalesce(sum(d."received") FILTER (WHERE d."clocksLate" & 32 <> 0), 0)::int AS "clock_TARGET_late",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 0), 0)::int AS "days_0",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 1), 0)::int AS "days_1",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 2), 0)::int AS "days_2",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 3), 0)::int AS "days_3",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 4), 0)::int AS "days_4",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 5), 0)::int AS "days_5",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 6), 0)::int AS "days_6",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 7), 0)::int AS "days_7",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 8), 0)::int AS "days_8",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 9), 0)::int AS "days_9",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 10), 0)::int AS "days_10",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 11), 0)::int AS "days_11",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 12), 0)::int AS "days_12",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 13), 0)::int AS "days_13",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 14), 0)::int AS "days_14",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 15), 0)::int AS "days_15",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 16), 0)::int AS "days_16",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 17), 0)::int AS "days_17",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 18), 0)::int AS "days_18",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 19), 0)::int AS "days_19",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 20), 0)::int AS "days_20",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 21), 0)::int AS "days_21",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 22), 0)::int AS "days_22",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 23), 0)::int AS "days_23",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 24), 0)::int AS "days_24",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 25), 0)::int AS "days_25",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 26), 0)::int AS "days_26",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 27), 0)::int AS "days_27",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 28), 0)::int AS "days_28",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 29), 0)::int AS "days_29",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 30), 0)::int AS "days_30",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 31), 0)::int AS "days_31",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 32), 0)::int AS "days_32",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 33), 0)::int AS "days_33",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 34), 0)::int AS "days_34",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 35), 0)::int AS "days_35",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 36), 0)::int AS "days_36",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 37), 0)::int AS "days_37",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 38), 0)::int AS "days_38",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 39), 0)::int AS "days_39",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 40), 0)::int AS "days_40",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 41), 0)::int AS "days_41",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 42), 0)::int AS "days_42",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 43), 0)::int AS "days_43",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 44), 0)::int AS "days_44",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 45), 0)::int AS "days_45",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 46), 0)::int AS "days_46",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 47), 0)::int AS "days_47",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 48), 0)::int AS "days_48",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 49), 0)::int AS "days_49",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 50), 0)::int AS "days_50",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 51), 0)::int AS "days_51",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 52), 0)::int AS "days_52",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 53), 0)::int AS "days_53",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 54), 0)::int AS "days_54",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 55), 0)::int AS "days_55",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 56), 0)::int AS "days_56",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 57), 0)::int AS "days_57",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 58), 0)::int AS "days_58",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 59), 0)::int AS "days_59",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 60), 0)::int AS "days_60",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 61), 0)::int AS "days_61",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 62), 0)::int AS "days_62",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 63), 0)::int AS "days_63",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 64), 0)::int AS "days_64",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 65), 0)::int AS "days_65",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 66), 0)::int AS "days_66",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 67), 0)::int AS "days_67",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 68), 0)::int AS "days_68",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 69), 0)::int AS "days_69",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 70), 0)::int AS "days_70",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 71), 0)::int AS "days_71",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 72), 0)::int AS "days_72",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 73), 0)::int AS "days_73",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 74), 0)::int AS "days_74",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 75), 0)::int AS "days_75",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 76), 0)::int AS "days_76",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 77), 0)::int AS "days_77",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 78), 0)::int AS "days_78",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 79), 0)::int AS "days_79",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 80), 0)::int AS "days_80",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 81), 0)::int AS "days_81",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 82), 0)::int AS "days_82",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 83), 0)::int AS "days_83",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 84), 0)::int AS "days_84",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 85), 0)::int AS "days_85",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 86), 0)::int AS "days_86",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 87), 0)::int AS "days_87",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 88), 0)::int AS "days_88",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 89), 0)::int AS "days_89",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 90), 0)::int AS "days_90",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 91), 0)::int AS "days_91",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 92), 0)::int AS "days_92",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 93), 0)::int AS "days_93",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 94), 0)::int AS "days_94",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 95), 0)::int AS "days_95",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 96), 0)::int AS "days_96",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 97), 0)::int AS "days_97",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 98), 0)::int AS "days_98",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 99), 0)::int AS "days_99",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 100), 0)::int AS "days_100",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 101), 0)::int AS "days_101",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 102), 0)::int AS "days_102",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 103), 0)::int AS "days_103",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 104), 0)::int AS "days_104",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 105), 0)::int AS "days_105",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 106), 0)::int AS "days_106",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 107), 0)::int AS "days_107",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 108), 0)::int AS "days_108",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 109), 0)::int AS "days_109",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 110), 0)::int AS "days_110",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 111), 0)::int AS "days_111",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 112), 0)::int AS "days_112",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 113), 0)::int AS "days_113",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 114), 0)::int AS "days_114",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 115), 0)::int AS "days_115",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 116), 0)::int AS "days_116",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 117), 0)::int AS "days_117",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 118), 0)::int AS "days_118",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 119), 0)::int AS "days_119",
         coalesce(sum(d."answered") FILTER (WHERE d."days" = 120), 0)::int AS "days_120"
  FROM "CaseFigureDelta" d
  WHERE d."family" = 'F'
  GROUP BY d."grain", d."period", d."kind", d."departmentId", d."channel", d."serviceUnitId", d."dim", d."value";
$$;

-- Folds every delta row this transaction sees into the two tables and deletes them. The
-- caller runs it in a REPEATABLE READ transaction (lib/dashboard/summary.ts), so the rows
-- folded and the rows deleted are the same set while triggers keep appending; otherwise
-- (a migration, the generator) it locks out writers for its duration. One instance at a
-- time (advisory lock); returns the rows folded, or -1 when another instance is folding.
CREATE FUNCTION harta_compact_case_figures() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('harta_compact_case_figures')) THEN
    RETURN -1;
  END IF;
  IF current_setting('transaction_isolation') NOT IN ('repeatable read', 'serializable') THEN
    LOCK TABLE "CaseFigureDelta" IN EXCLUSIVE MODE;
  END IF;
  SELECT count(*) INTO n FROM "CaseFigureDelta";
  IF n = 0 THEN
    RETURN 0;
  END IF;
  -- In key order, so two writers of the same keys could never wait on each other in a cycle.
  INSERT INTO "CaseFigure"
  SELECT * FROM harta_case_figure_deltas() ORDER BY "grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "dim", "value"
  ON CONFLICT ("grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "dim", "value") DO UPDATE SET
    "received" = "CaseFigure"."received" + EXCLUDED."received",
    "answered" = "CaseFigure"."answered" + EXCLUDED."answered",
    "anonymous" = "CaseFigure"."anonymous" + EXCLUDED."anonymous",
    "late" = "CaseFigure"."late" + EXCLUDED."late",
    "onTime" = "CaseFigure"."onTime" + EXCLUDED."onTime",
    "linksSent" = "CaseFigure"."linksSent" + EXCLUDED."linksSent",
    "rated" = "CaseFigure"."rated" + EXCLUDED."rated",
    "scoreSum" = "CaseFigure"."scoreSum" + EXCLUDED."scoreSum",
    "score1" = "CaseFigure"."score1" + EXCLUDED."score1",
    "score2" = "CaseFigure"."score2" + EXCLUDED."score2",
    "score3" = "CaseFigure"."score3" + EXCLUDED."score3",
    "score4" = "CaseFigure"."score4" + EXCLUDED."score4",
    "score5" = "CaseFigure"."score5" + EXCLUDED."score5",
    "notOwed_ANONYMOUS" = "CaseFigure"."notOwed_ANONYMOUS" + EXCLUDED."notOwed_ANONYMOUS",
    "notOwed_OLDER_THAN_TWO_YEARS" = "CaseFigure"."notOwed_OLDER_THAN_TWO_YEARS" + EXCLUDED."notOwed_OLDER_THAN_TWO_YEARS",
    "notOwed_ABUSIVE_LANGUAGE" = "CaseFigure"."notOwed_ABUSIVE_LANGUAGE" + EXCLUDED."notOwed_ABUSIVE_LANGUAGE",
    "notOwed_PERSONAL_DATA_OR_CLASSIFIED" = "CaseFigure"."notOwed_PERSONAL_DATA_OR_CLASSIFIED" + EXCLUDED."notOwed_PERSONAL_DATA_OR_CLASSIFIED",
    "notOwed_REPEAT_WITHOUT_NEW_FACTS" = "CaseFigure"."notOwed_REPEAT_WITHOUT_NEW_FACTS" + EXCLUDED."notOwed_REPEAT_WITHOUT_NEW_FACTS",
    "notOwed_KIND_POLICY" = "CaseFigure"."notOwed_KIND_POLICY" + EXCLUDED."notOwed_KIND_POLICY",
    "clock_ACKNOWLEDGE_cases" = "CaseFigure"."clock_ACKNOWLEDGE_cases" + EXCLUDED."clock_ACKNOWLEDGE_cases",
    "clock_ACKNOWLEDGE_onTime" = "CaseFigure"."clock_ACKNOWLEDGE_onTime" + EXCLUDED."clock_ACKNOWLEDGE_onTime",
    "clock_ACKNOWLEDGE_late" = "CaseFigure"."clock_ACKNOWLEDGE_late" + EXCLUDED."clock_ACKNOWLEDGE_late",
    "clock_DECIDE_cases" = "CaseFigure"."clock_DECIDE_cases" + EXCLUDED."clock_DECIDE_cases",
    "clock_DECIDE_onTime" = "CaseFigure"."clock_DECIDE_onTime" + EXCLUDED."clock_DECIDE_onTime",
    "clock_DECIDE_late" = "CaseFigure"."clock_DECIDE_late" + EXCLUDED."clock_DECIDE_late",
    "clock_NOTIFY_cases" = "CaseFigure"."clock_NOTIFY_cases" + EXCLUDED."clock_NOTIFY_cases",
    "clock_NOTIFY_onTime" = "CaseFigure"."clock_NOTIFY_onTime" + EXCLUDED."clock_NOTIFY_onTime",
    "clock_NOTIFY_late" = "CaseFigure"."clock_NOTIFY_late" + EXCLUDED."clock_NOTIFY_late",
    "clock_FORWARD_cases" = "CaseFigure"."clock_FORWARD_cases" + EXCLUDED."clock_FORWARD_cases",
    "clock_FORWARD_onTime" = "CaseFigure"."clock_FORWARD_onTime" + EXCLUDED."clock_FORWARD_onTime",
    "clock_FORWARD_late" = "CaseFigure"."clock_FORWARD_late" + EXCLUDED."clock_FORWARD_late",
    "clock_FEEDBACK_cases" = "CaseFigure"."clock_FEEDBACK_cases" + EXCLUDED."clock_FEEDBACK_cases",
    "clock_FEEDBACK_onTime" = "CaseFigure"."clock_FEEDBACK_onTime" + EXCLUDED."clock_FEEDBACK_onTime",
    "clock_FEEDBACK_late" = "CaseFigure"."clock_FEEDBACK_late" + EXCLUDED."clock_FEEDBACK_late",
    "clock_TARGET_cases" = "CaseFigure"."clock_TARGET_cases" + EXCLUDED."clock_TARGET_cases",
    "clock_TARGET_onTime" = "CaseFigure"."clock_TARGET_onTime" + EXCLUDED."clock_TARGET_onTime",
    "clock_TARGET_late" = "CaseFigure"."clock_TARGET_late" + EXCLUDED."clock_TARGET_late",
    "days_0" = "CaseFigure"."days_0" + EXCLUDED."days_0",
    "days_1" = "CaseFigure"."days_1" + EXCLUDED."days_1",
    "days_2" = "CaseFigure"."days_2" + EXCLUDED."days_2",
    "days_3" = "CaseFigure"."days_3" + EXCLUDED."days_3",
    "days_4" = "CaseFigure"."days_4" + EXCLUDED."days_4",
    "days_5" = "CaseFigure"."days_5" + EXCLUDED."days_5",
    "days_6" = "CaseFigure"."days_6" + EXCLUDED."days_6",
    "days_7" = "CaseFigure"."days_7" + EXCLUDED."days_7",
    "days_8" = "CaseFigure"."days_8" + EXCLUDED."days_8",
    "days_9" = "CaseFigure"."days_9" + EXCLUDED."days_9",
    "days_10" = "CaseFigure"."days_10" + EXCLUDED."days_10",
    "days_11" = "CaseFigure"."days_11" + EXCLUDED."days_11",
    "days_12" = "CaseFigure"."days_12" + EXCLUDED."days_12",
    "days_13" = "CaseFigure"."days_13" + EXCLUDED."days_13",
    "days_14" = "CaseFigure"."days_14" + EXCLUDED."days_14",
    "days_15" = "CaseFigure"."days_15" + EXCLUDED."days_15",
    "days_16" = "CaseFigure"."days_16" + EXCLUDED."days_16",
    "days_17" = "CaseFigure"."days_17" + EXCLUDED."days_17",
    "days_18" = "CaseFigure"."days_18" + EXCLUDED."days_18",
    "days_19" = "CaseFigure"."days_19" + EXCLUDED."days_19",
    "days_20" = "CaseFigure"."days_20" + EXCLUDED."days_20",
    "days_21" = "CaseFigure"."days_21" + EXCLUDED."days_21",
    "days_22" = "CaseFigure"."days_22" + EXCLUDED."days_22",
    "days_23" = "CaseFigure"."days_23" + EXCLUDED."days_23",
    "days_24" = "CaseFigure"."days_24" + EXCLUDED."days_24",
    "days_25" = "CaseFigure"."days_25" + EXCLUDED."days_25",
    "days_26" = "CaseFigure"."days_26" + EXCLUDED."days_26",
    "days_27" = "CaseFigure"."days_27" + EXCLUDED."days_27",
    "days_28" = "CaseFigure"."days_28" + EXCLUDED."days_28",
    "days_29" = "CaseFigure"."days_29" + EXCLUDED."days_29",
    "days_30" = "CaseFigure"."days_30" + EXCLUDED."days_30",
    "days_31" = "CaseFigure"."days_31" + EXCLUDED."days_31",
    "days_32" = "CaseFigure"."days_32" + EXCLUDED."days_32",
    "days_33" = "CaseFigure"."days_33" + EXCLUDED."days_33",
    "days_34" = "CaseFigure"."days_34" + EXCLUDED."days_34",
    "days_35" = "CaseFigure"."days_35" + EXCLUDED."days_35",
    "days_36" = "CaseFigure"."days_36" + EXCLUDED."days_36",
    "days_37" = "CaseFigure"."days_37" + EXCLUDED."days_37",
    "days_38" = "CaseFigure"."days_38" + EXCLUDED."days_38",
    "days_39" = "CaseFigure"."days_39" + EXCLUDED."days_39",
    "days_40" = "CaseFigure"."days_40" + EXCLUDED."days_40",
    "days_41" = "CaseFigure"."days_41" + EXCLUDED."days_41",
    "days_42" = "CaseFigure"."days_42" + EXCLUDED."days_42",
    "days_43" = "CaseFigure"."days_43" + EXCLUDED."days_43",
    "days_44" = "CaseFigure"."days_44" + EXCLUDED."days_44",
    "days_45" = "CaseFigure"."days_45" + EXCLUDED."days_45",
    "days_46" = "CaseFigure"."days_46" + EXCLUDED."days_46",
    "days_47" = "CaseFigure"."days_47" + EXCLUDED."days_47",
    "days_48" = "CaseFigure"."days_48" + EXCLUDED."days_48",
    "days_49" = "CaseFigure"."days_49" + EXCLUDED."days_49",
    "days_50" = "CaseFigure"."days_50" + EXCLUDED."days_50",
    "days_51" = "CaseFigure"."days_51" + EXCLUDED."days_51",
    "days_52" = "CaseFigure"."days_52" + EXCLUDED."days_52",
    "days_53" = "CaseFigure"."days_53" + EXCLUDED."days_53",
    "days_54" = "CaseFigure"."days_54" + EXCLUDED."days_54",
    "days_55" = "CaseFigure"."days_55" + EXCLUDED."days_55",
    "days_56" = "CaseFigure"."days_56" + EXCLUDED."days_56",
    "days_57" = "CaseFigure"."days_57" + EXCLUDED."days_57",
    "days_58" = "CaseFigure"."days_58" + EXCLUDED."days_58",
    "days_59" = "CaseFigure"."days_59" + EXCLUDED."days_59",
    "days_60" = "CaseFigure"."days_60" + EXCLUDED."days_60",
    "days_61" = "CaseFigure"."days_61" + EXCLUDED."days_61",
    "days_62" = "CaseFigure"."days_62" + EXCLUDED."days_62",
    "days_63" = "CaseFigure"."days_63" + EXCLUDED."days_63",
    "days_64" = "CaseFigure"."days_64" + EXCLUDED."days_64",
    "days_65" = "CaseFigure"."days_65" + EXCLUDED."days_65",
    "days_66" = "CaseFigure"."days_66" + EXCLUDED."days_66",
    "days_67" = "CaseFigure"."days_67" + EXCLUDED."days_67",
    "days_68" = "CaseFigure"."days_68" + EXCLUDED."days_68",
    "days_69" = "CaseFigure"."days_69" + EXCLUDED."days_69",
    "days_70" = "CaseFigure"."days_70" + EXCLUDED."days_70",
    "days_71" = "CaseFigure"."days_71" + EXCLUDED."days_71",
    "days_72" = "CaseFigure"."days_72" + EXCLUDED."days_72",
    "days_73" = "CaseFigure"."days_73" + EXCLUDED."days_73",
    "days_74" = "CaseFigure"."days_74" + EXCLUDED."days_74",
    "days_75" = "CaseFigure"."days_75" + EXCLUDED."days_75",
    "days_76" = "CaseFigure"."days_76" + EXCLUDED."days_76",
    "days_77" = "CaseFigure"."days_77" + EXCLUDED."days_77",
    "days_78" = "CaseFigure"."days_78" + EXCLUDED."days_78",
    "days_79" = "CaseFigure"."days_79" + EXCLUDED."days_79",
    "days_80" = "CaseFigure"."days_80" + EXCLUDED."days_80",
    "days_81" = "CaseFigure"."days_81" + EXCLUDED."days_81",
    "days_82" = "CaseFigure"."days_82" + EXCLUDED."days_82",
    "days_83" = "CaseFigure"."days_83" + EXCLUDED."days_83",
    "days_84" = "CaseFigure"."days_84" + EXCLUDED."days_84",
    "days_85" = "CaseFigure"."days_85" + EXCLUDED."days_85",
    "days_86" = "CaseFigure"."days_86" + EXCLUDED."days_86",
    "days_87" = "CaseFigure"."days_87" + EXCLUDED."days_87",
    "days_88" = "CaseFigure"."days_88" + EXCLUDED."days_88",
    "days_89" = "CaseFigure"."days_89" + EXCLUDED."days_89",
    "days_90" = "CaseFigure"."days_90" + EXCLUDED."days_90",
    "days_91" = "CaseFigure"."days_91" + EXCLUDED."days_91",
    "days_92" = "CaseFigure"."days_92" + EXCLUDED."days_92",
    "days_93" = "CaseFigure"."days_93" + EXCLUDED."days_93",
    "days_94" = "CaseFigure"."days_94" + EXCLUDED."days_94",
    "days_95" = "CaseFigure"."days_95" + EXCLUDED."days_95",
    "days_96" = "CaseFigure"."days_96" + EXCLUDED."days_96",
    "days_97" = "CaseFigure"."days_97" + EXCLUDED."days_97",
    "days_98" = "CaseFigure"."days_98" + EXCLUDED."days_98",
    "days_99" = "CaseFigure"."days_99" + EXCLUDED."days_99",
    "days_100" = "CaseFigure"."days_100" + EXCLUDED."days_100",
    "days_101" = "CaseFigure"."days_101" + EXCLUDED."days_101",
    "days_102" = "CaseFigure"."days_102" + EXCLUDED."days_102",
    "days_103" = "CaseFigure"."days_103" + EXCLUDED."days_103",
    "days_104" = "CaseFigure"."days_104" + EXCLUDED."days_104",
    "days_105" = "CaseFigure"."days_105" + EXCLUDED."days_105",
    "days_106" = "CaseFigure"."days_106" + EXCLUDED."days_106",
    "days_107" = "CaseFigure"."days_107" + EXCLUDED."days_107",
    "days_108" = "CaseFigure"."days_108" + EXCLUDED."days_108",
    "days_109" = "CaseFigure"."days_109" + EXCLUDED."days_109",
    "days_110" = "CaseFigure"."days_110" + EXCLUDED."days_110",
    "days_111" = "CaseFigure"."days_111" + EXCLUDED."days_111",
    "days_112" = "CaseFigure"."days_112" + EXCLUDED."days_112",
    "days_113" = "CaseFigure"."days_113" + EXCLUDED."days_113",
    "days_114" = "CaseFigure"."days_114" + EXCLUDED."days_114",
    "days_115" = "CaseFigure"."days_115" + EXCLUDED."days_115",
    "days_116" = "CaseFigure"."days_116" + EXCLUDED."days_116",
    "days_117" = "CaseFigure"."days_117" + EXCLUDED."days_117",
    "days_118" = "CaseFigure"."days_118" + EXCLUDED."days_118",
    "days_119" = "CaseFigure"."days_119" + EXCLUDED."days_119",
    "days_120" = "CaseFigure"."days_120" + EXCLUDED."days_120";
  INSERT INTO "CaseWeekFigure" ("family", "grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "cases", "onTime")
  SELECT d."family", d."grain", d."period", d."kind", d."departmentId", d."channel", d."serviceUnitId", sum(d."received")::int, sum(d."onTime")::int
  FROM "CaseFigureDelta" d WHERE d."family" <> 'F'
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("family", "grain", "period", "kind", "departmentId", "channel", "serviceUnitId") DO UPDATE SET
    "cases" = "CaseWeekFigure"."cases" + EXCLUDED."cases", "onTime" = "CaseWeekFigure"."onTime" + EXCLUDED."onTime";
  DELETE FROM "CaseFigureDelta";
  RETURN n;
END;
$$;

-- Counts everything again from "Case" and "Rating" (this migration; the synthetic-case
-- generator after its bulk load, which runs with these triggers off): a year of cases at a
-- time through the delta table, in one set-based INSERT (harta_append_case_figures would
-- insert case by case).
CREATE FUNCTION harta_rebuild_case_figures() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  y date;
BEGIN
  LOCK TABLE "Case", "Rating" IN SHARE MODE;
  TRUNCATE "CaseFigure", "CaseWeekFigure", "CaseFigureDelta";
  FOR y IN SELECT DISTINCT date_trunc('year', c."receivedAt" AT TIME ZONE 'Europe/Sofia')::date FROM "Case" c ORDER BY 1 LOOP
    INSERT INTO "CaseFigureDelta" ("family", "grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "dim", "value", "received", "answered", "anonymous", "late", "onTime", "linksSent", "rated", "scoreSum", "notOwed", "reason", "score", "days", "clocksAll", "clocksOnTime", "clocksLate")
    SELECT f.* FROM "Case" c
    LEFT JOIN "Rating" r ON r."caseId" = c."id"
    CROSS JOIN LATERAL harta_case_figure_rows(c, r."caseId" IS NOT NULL, CASE WHEN r."ratedAt" IS NOT NULL THEN r."score" END, 1, false) f
    WHERE c."receivedAt" >= (y::timestamp AT TIME ZONE 'Europe/Sofia')
      AND c."receivedAt" < ((y + interval '1 year')::timestamp AT TIME ZONE 'Europe/Sofia');
    PERFORM harta_compact_case_figures();
    -- The fold deleted them; nothing else writes meanwhile (the locks above), so give the
    -- space back at once rather than leave a million dead rows for readers to step over.
    TRUNCATE "CaseFigureDelta";
  END LOOP;
END;
$$;

-- Every count of the cases that exist already.
SELECT harta_rebuild_case_figures();
