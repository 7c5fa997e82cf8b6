// The demo (HARTA_DEMO, on by default): Momchilgrad's departments, service units,
// categories, staff and a few hundred realistic cases, every row marked isDemo.
// Runs at start; does nothing once departments exist.
import type { PrismaClient } from "@/lib/db/generated/client";
import { log } from "@/lib/log";
import { CATEGORIES, DEMO_PASSWORD, DEMO_STAFF, DEPARTMENTS, SERVICE_UNITS, generateDemoCases } from "@/prisma/demo-data";
import { hashPassword } from "@/lib/auth/password";
import { submitFeedback } from "@/lib/cases/submit-feedback";
import { invalidateReferenceData } from "@/lib/cases/reference-data";
import { appendEvent } from "@/lib/events/outbox";
import { seedDemoImprovements } from "@/lib/db/seed-demo-improvements";

export const DEMO_CASE_COUNT = 300;

export async function seedDemo(db: PrismaClient, options: { cases?: number; now?: Date } = {}): Promise<void> {
  if ((await db.department.count()) > 0) return;
  const started = Date.now();
  await db.department.createMany({ data: DEPARTMENTS.map((d) => ({ code: d.code, name: { ...d.name }, isDemo: true })) });
  await db.serviceUnit.createMany({
    data: SERVICE_UNITS.map((u) => ({ code: u.code, name: { ...u.name }, address: u.address, hours: u.hours, isDemo: true })),
  });
  const departments = new Map((await db.department.findMany()).map((d) => [d.code, d.id]));
  const units = new Map((await db.serviceUnit.findMany()).map((u) => [u.code, u.id]));
  await db.category.createMany({
    data: CATEGORIES.map((c) => ({ code: c.code, name: { ...c.name }, departmentId: departments.get(c.departmentCode)!, isDemo: true })),
  });
  // Every demo account signs in with DEMO_PASSWORD (one argon2id hash, salted once).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: DEMO_STAFF.map((s) => ({
      passwordHash,
      email: s.email,
      name: s.name,
      role: s.role,
      locale: s.locale,
      departmentId: s.departmentCode ? (departments.get(s.departmentCode) ?? null) : null,
      serviceUnitId: s.serviceUnitCode ? (units.get(s.serviceUnitCode) ?? null) : null,
      isDemo: true,
    })),
    skipDuplicates: true,
  });
  invalidateReferenceData();

  const now = options.now ?? new Date();
  const cases = generateDemoCases(options.cases ?? DEMO_CASE_COUNT);
  for (const demo of cases) {
    const receivedAt = new Date(now.getTime() - demo.daysAgo * 86_400_000);
    receivedAt.setUTCHours(0, 0, 0, 0);
    receivedAt.setTime(receivedAt.getTime() + (demo.minuteOfDay - 120) * 60_000); // Sofia ≈ UTC+2
    if (receivedAt > now) receivedAt.setTime(now.getTime() - 60_000);
    const incidentDate =
      demo.incidentDaysAgo === null ? null : new Date(now.getTime() - demo.incidentDaysAgo * 86_400_000).toISOString().slice(0, 10);
    const receipt = await submitFeedback({
      input: {
        kind: demo.kind,
        subject: demo.subject,
        body: demo.body,
        categoryCode: demo.categoryCode,
        place: demo.place,
        incidentDate,
        anonymous: demo.anonymous,
        name: demo.name,
        email: demo.email,
        phone: demo.phone,
        consent: !demo.anonymous,
        locale: demo.locale,
      },
      client: { clientKey: "demo-seed" },
      channel: demo.channel,
      receivedAt,
      serviceUnitId: demo.serviceUnitCode ? (units.get(demo.serviceUnitCode) ?? null) : null,
      trusted: true,
      isDemo: true,
    });
    if (demo.status !== "RECEIVED") await advanceDemoCase(db, receipt.reference, demo, receivedAt, now);
  }
  await seedDemoImprovements(db, now);
  log.info({ cases: cases.length, ms: Date.now() - started }, "demo data seeded");
}

/** Moves a demo case along its lifecycle so the demo shows every state. */
async function advanceDemoCase(
  db: PrismaClient,
  reference: string,
  demo: ReturnType<typeof generateDemoCases>[number],
  receivedAt: Date,
  now: Date,
): Promise<void> {
  const answered = demo.status === "ANSWERED" || demo.status === "CLOSED";
  const answeredAt =
    answered && demo.answeredAfterDays !== null
      ? new Date(Math.min(now.getTime() - 60_000, receivedAt.getTime() + demo.answeredAfterDays * 86_400_000))
      : null;
  await db.$transaction(async (tx) => {
    const c = await tx.case.update({
      where: { reference },
      data: {
        status: demo.status,
        answerText: answered ? demo.answerText : null,
        answeredAt,
      },
      select: { id: true },
    });
    if (answeredAt) {
      await tx.caseClock.updateMany({ where: { caseId: c.id }, data: { state: "MET", metAt: answeredAt } });
      await appendEvent(tx, { type: "CASE_ANSWERED", caseId: c.id, public: true, data: { kind: demo.kind, demo: true } });
    } else if (demo.status === "FORWARDED") {
      // The competent body decides now: the municipality's own terms stop (lib/cases/forward-case.ts).
      await tx.caseClock.updateMany({ where: { caseId: c.id }, data: { state: "STOPPED" } });
      await appendEvent(tx, { type: "CASE_FORWARDED", caseId: c.id, public: true, data: { kind: demo.kind, demo: true } });
    } else if (demo.status === "AWAITING_CITIZEN") {
      await appendEvent(tx, { type: "INFO_REQUESTED", caseId: c.id, public: true, data: { kind: demo.kind, demo: true } });
    } else {
      await appendEvent(tx, { type: "CASE_ASSIGNED", caseId: c.id, public: true, data: { kind: demo.kind, demo: true } });
    }
  });
}
