// Writes a new case as ONE SQL statement: reference number, case, submitter (apart),
// clocks, the citizen's "registered" e-mail and the CASE_RECEIVED outbox event. One statement is one atomic transaction
// with one round trip, which keeps the row lock on the year's counter as short as it
// can be (the submission path must reach hundreds per second; issue 2, "Speed").
// The order inside is forced by data dependencies: counter → case → outbox lock →
// event, the same lock order as every other writer (lib/events/outbox.ts).
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ClockDue } from "@/lib/domain/deadlines";
import { CLOCK_TYPES, type Channel, type Kind, type Locale, type NoAnswerReason } from "@/lib/domain/kinds";
import { OUTBOX_LOCK } from "@/lib/events/outbox";

export interface NewCase {
  id: string;
  referencePrefix: string;
  year: number;
  kind: Kind;
  channel: Channel;
  locale: Locale;
  subject: string;
  body: string;
  place: string | null;
  anonymous: boolean;
  answerOwed: boolean;
  noAnswerReason: NoAnswerReason | null;
  incidentDate: string | null;
  receivedAt: Date;
  accessCodeHash: string;
  categoryId: string | null;
  departmentId: string | null;
  serviceUnitId: string | null;
  isDemo: boolean;
  submitter: { name: string | null; email: string | null; phone: string | null; address: string | null } | null;
  clocks: Pick<ClockDue, "clock" | "dueDate" | "dueAt" | "warnAt" | "basis">[];
  eventData: Record<string, unknown>;
  /**
   * The "we registered your submission" e-mail, queued in the same statement. Its texts
   * are rendered before the reference exists: REFERENCE_TOKEN stands in for it.
   */
  mail?: { to: string; subject: string; text: string; html: string | null } | null;
}

/** Stands in for the case reference in texts rendered before the insert allocates it. */
export const REFERENCE_TOKEN = "HARTA-REFERENCE-TOKEN";

/** Inserts the case and everything that belongs with it; returns its reference. */
export async function insertCase(db: Pick<PrismaClient, "$queryRaw">, c: NewCase): Promise<string> {
  const clocks = JSON.stringify(
    c.clocks.map((k) => ({ clock: k.clock, dueDate: k.dueDate, dueAt: k.dueAt.toISOString(), warnAt: k.warnAt?.toISOString() ?? null, basis: k.basis })),
  );
  // The trigger on "CaseClock" would set it too (migration case_next_due), but only by
  // updating the new row again — which re-indexes its search vector. Set here, the
  // trigger finds nothing to change.
  const nextDueAt = c.clocks.reduce<Date | null>((min, k) => (min === null || k.dueAt < min ? k.dueAt : min), null);
  // Likewise the bit set of its terms (harta_clock_bit, migration dashboard_summary).
  const clocksAll = c.clocks.reduce((bits, k) => bits | (1 << CLOCK_TYPES.indexOf(k.clock)), 0);
  const s = c.submitter;
  const m = c.mail ?? null;
  const rows = await db.$queryRaw<{ reference: string }[]>`
    WITH ref AS (
      INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${c.year}, 1)
      ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
      RETURNING "last"
    ), new_case AS (
      INSERT INTO "Case" ("id", "reference", "kind", "channel", "locale", "subject", "body", "place", "anonymous",
        "answerOwed", "noAnswerReason", "incidentDate", "receivedAt", "accessCodeHash", "categoryId", "departmentId",
        "serviceUnitId", "isDemo", "nextDueAt", "clocksAll", "updatedAt")
      SELECT ${c.id}::uuid, ${c.referencePrefix} || '-' || ${c.year}::text || '-' || lpad(ref."last"::text, 6, '0'),
        ${c.kind}::"Kind", ${c.channel}::"Channel", ${c.locale}::"Locale", ${c.subject}, ${c.body}, ${c.place},
        ${c.anonymous}, ${c.answerOwed}, ${c.noAnswerReason}::"NoAnswerReason", ${c.incidentDate}::date,
        ${c.receivedAt}::timestamptz, ${c.accessCodeHash}, ${c.categoryId}::uuid, ${c.departmentId}::uuid,
        ${c.serviceUnitId}::uuid, ${c.isDemo}, ${nextDueAt}::timestamptz, ${clocksAll}::int, now()
      FROM ref
      RETURNING "id", "reference"
    ), new_submitter AS (
      INSERT INTO "Submitter" ("caseId", "name", "email", "phone", "address", "consentAt")
      SELECT new_case."id", ${s?.name ?? null}, ${s?.email ?? null}, ${s?.phone ?? null}, ${s?.address ?? null}, ${c.receivedAt}::timestamptz
      FROM new_case WHERE ${s !== null}
    ), new_clocks AS (
      INSERT INTO "CaseClock" ("id", "caseId", "clock", "dueDate", "dueAt", "warnAt", "basis")
      SELECT gen_random_uuid(), new_case."id", x."clock"::"ClockType", x."dueDate"::date, x."dueAt"::timestamptz,
        x."warnAt"::timestamptz, x."basis"
      FROM new_case, jsonb_to_recordset(${clocks}::jsonb) AS x("clock" text, "dueDate" text, "dueAt" text, "warnAt" text, "basis" text)
    ), new_mail AS (
      INSERT INTO "OutboundMail" ("id", "caseId", "to", "subject", "text", "html")
      SELECT gen_random_uuid(), new_case."id", ${m?.to ?? null},
        replace(${m?.subject ?? null}, ${REFERENCE_TOKEN}, new_case."reference"),
        replace(${m?.text ?? null}, ${REFERENCE_TOKEN}, new_case."reference"),
        replace(${m?.html ?? null}, ${REFERENCE_TOKEN}, new_case."reference")
      FROM new_case WHERE ${m !== null}
    ), outbox_lock AS (
      SELECT pg_advisory_xact_lock(${OUTBOX_LOCK}::bigint) FROM new_case
    ), new_event AS (
      INSERT INTO "Event" ("type", "caseId", "public", "data")
      SELECT 'CASE_RECEIVED', new_case."id", true, ${JSON.stringify(c.eventData)}::jsonb
      FROM new_case, outbox_lock
    )
    SELECT "reference" FROM new_case`;
  return rows[0]!.reference;
}
