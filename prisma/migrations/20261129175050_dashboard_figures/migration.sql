-- DropIndex
DROP INDEX "Case_receivedAt_idx";

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "metLate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "metOnTime" BOOLEAN NOT NULL DEFAULT false;

-- Case."metOnTime" / "metLate": whether some term of the case was met by its end / after
-- it. The dashboard (lib/dashboard/queries.ts) counts a case late when metLate or a term
-- still open has passed its end (nextDueAt < now), and on time when metOnTime and not
-- late — without reading "CaseClock" for each of up to a million cases. Like nextDueAt
-- (migration case_next_due), the database keeps them from "CaseClock", so every writer of
-- clocks (use cases, the sweeper, the synthetic-case generator, a fix in psql) keeps the
-- figures right without knowing.

-- Recomputes nextDueAt and both flags for the given cases; writes only where one changes
-- (an UPDATE of "Case" re-indexes its search vector unless it is a HOT update).
CREATE OR REPLACE FUNCTION harta_set_next_due(case_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Case" c
  SET "nextDueAt" = x."next", "metOnTime" = x."onTime", "metLate" = x."late"
  FROM (
    SELECT ids."caseId",
           (SELECT min(k."dueAt") FROM "CaseClock" k
             WHERE k."caseId" = ids."caseId" AND k."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED')) AS "next",
           EXISTS (SELECT 1 FROM "CaseClock" k
             WHERE k."caseId" = ids."caseId" AND k."state" = 'MET' AND k."metAt" <= k."dueAt") AS "onTime",
           EXISTS (SELECT 1 FROM "CaseClock" k
             WHERE k."caseId" = ids."caseId" AND k."state" = 'MET' AND k."metAt" > k."dueAt") AS "late"
    FROM unnest(case_ids) AS ids("caseId")
  ) x
  WHERE c."id" = x."caseId"
    AND (c."nextDueAt" IS DISTINCT FROM x."next" OR c."metOnTime" <> x."onTime" OR c."metLate" <> x."late");
$$;

-- Inserts: an open term can only bring nextDueAt forward, a met one can only set a flag,
-- so the row trigger stays exact and cheap. On the submission path
-- (lib/cases/insert-case.ts) clocks are inserted open with nextDueAt already right: the
-- UPDATE below matches no row.
CREATE OR REPLACE FUNCTION harta_case_clock_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."state" = 'MET' THEN
    IF NEW."metAt" IS NOT NULL AND NEW."metAt" <= NEW."dueAt" THEN
      UPDATE "Case" SET "metOnTime" = true WHERE "id" = NEW."caseId" AND NOT "metOnTime";
    ELSIF NEW."metAt" IS NOT NULL THEN
      UPDATE "Case" SET "metLate" = true WHERE "id" = NEW."caseId" AND NOT "metLate";
    END IF;
  ELSE
    UPDATE "Case" SET "nextDueAt" = NEW."dueAt"
    WHERE "id" = NEW."caseId" AND ("nextDueAt" IS NULL OR "nextDueAt" > NEW."dueAt");
  END IF;
  RETURN NULL;
END;
$$;

DROP TRIGGER case_clock_inserted ON "CaseClock";
CREATE TRIGGER case_clock_inserted
AFTER INSERT ON "CaseClock"
FOR EACH ROW
WHEN (NEW."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED', 'MET'))
EXECUTE FUNCTION harta_case_clock_inserted();

-- Cases that exist already: one pass over the met clocks.
UPDATE "Case" c
SET "metOnTime" = x."onTime", "metLate" = x."late"
FROM (
  SELECT "caseId", coalesce(bool_or("metAt" <= "dueAt"), false) AS "onTime", coalesce(bool_or("metAt" > "dueAt"), false) AS "late"
  FROM "CaseClock" WHERE "state" = 'MET' GROUP BY "caseId"
) x
WHERE c."id" = x."caseId" AND (c."metOnTime" <> x."onTime" OR c."metLate" <> x."late");

-- The indexes last: built once over the backfilled rows rather than kept up through it.
-- CreateIndex
CREATE INDEX "Case_dashboard_received_idx" ON "Case"("receivedAt", "kind", "departmentId", "channel", "serviceUnitId", "categoryId", "locale", "anonymous", "answerOwed", "noAnswerReason", "answeredAt", "nextDueAt", "metOnTime", "metLate");

-- CreateIndex
CREATE INDEX "Case_dashboard_answered_idx" ON "Case"("answeredAt", "kind", "departmentId", "channel", "serviceUnitId", "nextDueAt", "metOnTime", "metLate");

-- CreateIndex
CREATE INDEX "Case_dashboard_status_idx" ON "Case"("status", "kind", "departmentId", "channel", "serviceUnitId");
