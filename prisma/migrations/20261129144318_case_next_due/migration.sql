-- Case."nextDueAt" — the end of the earliest term still open on the case — is what the
-- staff inbox sorts and pages by (lib/cases/list-cases.ts). It is derived from
-- "CaseClock", so the database keeps it: every writer of clocks (use cases, the SLA
-- sweeper, the demo seed, a one-off fix in psql) keeps the order right without knowing.
-- Open states are listed rather than excluded, so that no enum value added later counts
-- as open by accident.

-- Recomputes the value for the given cases; writes only where it changes (a RUNNING →
-- WARNED sweep changes nothing, and an UPDATE of "Case" re-indexes its search vector).
CREATE FUNCTION harta_set_next_due(case_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Case" c
  SET "nextDueAt" = x."next"
  FROM (
    SELECT ids."caseId",
           (SELECT min(k."dueAt") FROM "CaseClock" k
             WHERE k."caseId" = ids."caseId" AND k."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED')) AS "next"
    FROM unnest(case_ids) AS ids("caseId")
  ) x
  WHERE c."id" = x."caseId" AND c."nextDueAt" IS DISTINCT FROM x."next";
$$;

-- Changes and deletions: once per statement, over the transition tables (the sweeper
-- updates many clocks in one statement).
CREATE FUNCTION harta_case_clock_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Transition tables exist per operation; plpgsql plans each branch on first use only.
  IF TG_OP = 'UPDATE' THEN
    PERFORM harta_set_next_due(ARRAY(SELECT "caseId" FROM new_clocks UNION SELECT "caseId" FROM old_clocks));
  ELSE
    PERFORM harta_set_next_due(ARRAY(SELECT DISTINCT "caseId" FROM old_clocks));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER case_clock_updated
AFTER UPDATE ON "CaseClock"
REFERENCING OLD TABLE AS old_clocks NEW TABLE AS new_clocks
FOR EACH STATEMENT EXECUTE FUNCTION harta_case_clock_changed();

CREATE TRIGGER case_clock_deleted
AFTER DELETE ON "CaseClock"
REFERENCING OLD TABLE AS old_clocks
FOR EACH STATEMENT EXECUTE FUNCTION harta_case_clock_changed();

-- Inserts: a new open term can only bring the date forward, so a row trigger that only
-- ever lowers it is exact — and on the submission path, where lib/cases/insert-case.ts
-- already wrote the right value, it changes nothing. (Measured on PostgreSQL 15: a
-- statement-level trigger with a transition table here cost ~45% of a submission's
-- time; this one ~6%.)
CREATE FUNCTION harta_case_clock_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Case" SET "nextDueAt" = NEW."dueAt"
  WHERE "id" = NEW."caseId" AND ("nextDueAt" IS NULL OR "nextDueAt" > NEW."dueAt");
  RETURN NULL;
END;
$$;

CREATE TRIGGER case_clock_inserted
AFTER INSERT ON "CaseClock"
FOR EACH ROW
WHEN (NEW."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED'))
EXECUTE FUNCTION harta_case_clock_inserted();

-- Cases that exist already.
SELECT harta_set_next_due(ARRAY(SELECT "id" FROM "Case"));
