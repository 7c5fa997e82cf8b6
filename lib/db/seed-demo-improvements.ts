// Demo improvement actions (charter commitment 12): what Momchilgrad changed, or is
// changing, because of the demo cases — each linked to a few demo cases of its category,
// dated relative to `now` so the dashboard, the public figures and the annual report of
// the past year all have some. Every row is isDemo.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ImprovementStatus } from "@/lib/domain/improvement";
import { RESTRICTED_KINDS } from "@/lib/domain/kinds";

interface DemoAction {
  title: string;
  description: string;
  owner: string;
  departmentCode: string | null;
  categories: string[];
  status: ImprovementStatus;
  /** Started this many days before `now`. */
  startedDaysAgo: number;
  /** Due this many days after it started. */
  dueAfterDays: number | null;
  /** Completed this many days after it started (DONE only). */
  doneAfterDays?: number;
}

const ACTIONS: DemoAction[] = [
  {
    title: "LED осветление по ул. „Христо Ботев“ и кв. „Изгрев“",
    description: "Многократни оплаквания за тъмни улици и изгорели лампи: подмяна на 140 осветителни тела с LED и график за обход всеки месец.",
    owner: "Отдел „Инфраструктура“",
    departmentCode: "INF",
    categories: ["LIGHT"],
    status: "DONE",
    startedDaysAgo: 420,
    dueAfterDays: 120,
    doneAfterDays: 105,
  },
  {
    title: "Ремонт на дупките по пътя Момчилград – Звездел",
    description: "Сигнали за опасни дупки след зимата: ямково изкърпване и маркировка, с приоритет по отсечките от сигналите.",
    owner: "Отдел „Инфраструктура“",
    departmentCode: "INF",
    categories: ["ROADS", "SIDEWALKS"],
    status: "IN_PROGRESS",
    startedDaysAgo: 60,
    dueAfterDays: 150,
  },
  {
    title: "Удължено работно време на ЦУИ в сряда до 19:00",
    description: "Граждани, които работят, не могат да дойдат до 17:00: центърът за услуги приема и в сряда следобед.",
    owner: "Секретар на общината",
    departmentCode: "ADM",
    categories: ["SERVICE_QUALITY", "CIVIL_REG"],
    status: "DONE",
    startedDaysAgo: 300,
    dueAfterDays: 60,
    doneAfterDays: 45,
  },
  {
    title: "Допълнителни контейнери и график за извозване в с. Джелепско",
    description: "Преливащи контейнери през лятото: още 6 контейнера и извозване два пъти седмично от юни до септември.",
    owner: "Отдел „Екология“",
    departmentCode: "ENV",
    categories: ["WASTE"],
    status: "DONE",
    startedDaysAgo: 500,
    dueAfterDays: 90,
    doneAfterDays: 80,
  },
  {
    title: "Обява на турски и английски за местните данъци",
    description: "Въпросите по местните данъци показват, че указанията само на български не стигат: указанията и формулярите и на турски и английски.",
    owner: "Отдел „Финанси“",
    departmentCode: "FIN",
    categories: ["LOCAL_TAX", "WASTE_FEE"],
    status: "PLANNED",
    startedDaysAgo: 20,
    dueAfterDays: 120,
  },
  {
    title: "Проверка на детските площадки два пъти годишно",
    description: "Сигнали за счупени люлки: график за проверка по БДС EN 1176 и ремонт в 30-дневен срок.",
    owner: "Отдел „Инфраструктура“",
    departmentCode: "INF",
    categories: ["PLAYGROUNDS"],
    status: "IN_PROGRESS",
    startedDaysAgo: 200,
    dueAfterDays: 180,
  },
];

export async function seedDemoImprovements(db: PrismaClient, now: Date): Promise<void> {
  const departments = new Map((await db.department.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  for (const a of ACTIONS) {
    const createdAt = new Date(now.getTime() - a.startedDaysAgo * 86_400_000);
    const dueDate = a.dueAfterDays === null ? null : new Date(`${new Date(createdAt.getTime() + a.dueAfterDays * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
    const completedAt = a.status === "DONE" && a.doneAfterDays !== undefined ? new Date(createdAt.getTime() + a.doneAfterDays * 86_400_000) : null;
    // Cases of its categories received before it started: what prompted it.
    const cases = await db.case.findMany({
      where: { isDemo: true, category: { code: { in: a.categories } }, kind: { notIn: [...RESTRICTED_KINDS] }, receivedAt: { lt: createdAt } },
      orderBy: { receivedAt: "desc" },
      take: 3,
      select: { id: true },
    });
    await db.improvementAction.create({
      data: {
        title: a.title,
        description: a.description,
        owner: a.owner,
        departmentId: a.departmentCode ? (departments.get(a.departmentCode) ?? null) : null,
        dueDate,
        status: a.status,
        completedAt,
        createdAt,
        isDemo: true,
        cases: { create: cases.map((c) => ({ caseId: c.id })) },
      },
    });
  }
}
