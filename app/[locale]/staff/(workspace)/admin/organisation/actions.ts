"use server";
// Create or rename a department, service unit or category (lib/admin/organisation.ts
// checks the administrator again). `form` says which of the page's three forms posted,
// so its errors are shown there.
import { redirect } from "next/navigation";
import { saveCategory, saveDepartment, saveServiceUnit } from "@/lib/admin/organisation";
import { actionViewer, failureQuery, formLocale, text } from "../feedback";

const PATH = (locale: string) => `/${locale}/staff/admin/organisation`;
const FIELDS = ["code", "nameBg", "nameTr", "nameEn", "departmentCode", "address", "hours"] as const;
const FORMS = { department: saveDepartment, unit: saveServiceUnit, category: saveCategory } as const;

export async function saveUnitAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const form = text(fd, "form") as keyof typeof FORMS;
  const save = FORMS[form] ?? saveDepartment;
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(fd, f)])) as Record<(typeof FIELDS)[number], string>;
  let query: URLSearchParams;
  try {
    const saved = await save({ viewer, input: values });
    query = new URLSearchParams({ saved: saved.code });
  } catch (error) {
    query = failureQuery(error, locale, PATH(locale), { ...values, form });
  }
  redirect(`${PATH(locale)}?${query}#${form in FORMS ? form : "department"}`);
}
