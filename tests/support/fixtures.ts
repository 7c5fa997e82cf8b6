// A small municipality for tests: two departments and the integrity unit, a service
// unit, categories, and one staff member per role (as Viewers, the shape sign-in gives).
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role, Viewer } from "@/lib/auth/viewer";
import { invalidateReferenceData } from "@/lib/cases/reference-data";
import { submitFeedback } from "@/lib/cases/submit-feedback";
import type { SubmitFeedbackInput } from "@/lib/cases/submit-feedback-input";

let counter = 0;

/** One staff member; returns what sign-in would put in ctx.viewer. */
export async function makeUser(
  db: PrismaClient,
  role: Role,
  options: { departmentId?: string | null; serviceUnitId?: string | null; name?: string } = {},
): Promise<Viewer> {
  counter += 1;
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}.${counter}@test.momchilgrad.bg`,
      name: options.name ?? `${role} ${counter}`,
      role,
      departmentId: options.departmentId ?? null,
      serviceUnitId: options.serviceUnitId ?? null,
      // As if the second factor were set up: administrators and the integrity officer
      // have no valid session without it (lib/auth/session.ts).
      totpEnabledAt: new Date(),
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    serviceUnitId: user.serviceUnitId,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
  };
}

export interface Org {
  departments: { INF: string; ENV: string; INT: string };
  serviceUnit: string;
  clerk: Viewer;
  /** Officer of INF (the complaint's department). */
  officer: Viewer;
  /** A second officer of INF. */
  officer2: Viewer;
  officerOther: Viewer;
  head: Viewer;
  headOther: Viewer;
  manager: Viewer;
  integrity: Viewer;
  admin: Viewer;
}

const names = (bg: string, en: string) => ({ bg, tr: en, en });

export async function makeOrg(db: PrismaClient): Promise<Org> {
  const dep = async (code: string, name: string) => (await db.department.create({ data: { code, name: names(name, name) } })).id;
  const departments = { INF: await dep("INF", "Благоустройство"), ENV: await dep("ENV", "Екология"), INT: await dep("INT", "Интегритет") };
  await db.category.createMany({
    data: [
      { code: "LIGHT", name: names("Улично осветление", "Street lighting"), departmentId: departments.INF },
      { code: "ROADS", name: names("Пътища", "Roads"), departmentId: departments.INF },
      { code: "WASTE", name: names("Отпадъци", "Waste"), departmentId: departments.ENV },
      { code: "CORRUPTION", name: names("Корупция", "Corruption"), departmentId: departments.INT },
    ],
  });
  const serviceUnit = (
    await db.serviceUnit.create({ data: { code: "CSI", name: names("ЦУИ", "Centre"), address: "ул. 26-ти декември 12", hours: "08:00–17:00" } })
  ).id;
  invalidateReferenceData();
  return {
    departments,
    serviceUnit,
    clerk: await makeUser(db, "CLERK", { serviceUnitId: serviceUnit, name: "Clerk Севгюл" }),
    officer: await makeUser(db, "OFFICER", { departmentId: departments.INF, name: "Officer Ерол" }),
    officer2: await makeUser(db, "OFFICER", { departmentId: departments.INF, name: "Officer Two" }),
    officerOther: await makeUser(db, "OFFICER", { departmentId: departments.ENV, name: "Officer Николай" }),
    head: await makeUser(db, "HEAD", { departmentId: departments.INF, name: "Head Георги Петров" }),
    headOther: await makeUser(db, "HEAD", { departmentId: departments.ENV, name: "Head Бейхан" }),
    manager: await makeUser(db, "MANAGER", { name: "Secretary Веселина" }),
    integrity: await makeUser(db, "INTEGRITY", { departmentId: departments.INT, name: "Integrity Красимир" }),
    admin: await makeUser(db, "ADMIN", { name: "Admin Айхан" }),
  };
}

export const complaintInput: SubmitFeedbackInput = {
  kind: "COMPLAINT",
  subject: "Уличното осветление не работи",
  body: "На ул. „Христо Ботев“ уличното осветление не работи от две седмици.",
  categoryCode: "LIGHT",
  anonymous: false,
  name: "Айше Мехмед",
  email: "ayse.mehmed@example.org",
  phone: "0888 123 456",
  consent: true,
  locale: "bg",
};

export const corruptionInput: SubmitFeedbackInput = {
  kind: "CORRUPTION_SIGNAL",
  subject: "Искане на подкуп при издаване на разрешително",
  body: "Служител поиска пари, за да ускори издаването на разрешително за строеж.",
  // Wrongly routed to INF: still invisible to the department.
  categoryCode: "LIGHT",
  anonymous: false,
  name: "Сигнализиращ Гражданин",
  email: "whistle@example.org",
  consent: true,
  locale: "bg",
};

/** A submission from the web, as a citizen sends it; returns its id and receipt. */
export async function submit(db: PrismaClient, input: SubmitFeedbackInput, options: { receivedAt?: Date } = {}) {
  const receipt = await submitFeedback({ input, client: { clientKey: "fixture" }, trusted: true, receivedAt: options.receivedAt });
  const row = await db.case.findUniqueOrThrow({ where: { reference: receipt.reference }, select: { id: true } });
  return { id: row.id, ...receipt };
}
