"use server";
// Save or delete an answer template (lib/admin/templates.ts checks the administrator again).
import { redirect } from "next/navigation";
import { deleteTemplate, saveTemplate } from "@/lib/admin/templates";
import { actionViewer, failureQuery, formLocale, text } from "../feedback";

const PATH = (locale: string) => `/${locale}/staff/admin/templates`;
const FIELDS = ["code", "locale", "title", "findings", "decision", "reasons"] as const;

export async function saveTemplateAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(fd, f === "locale" ? "templateLocale" : f)])) as Record<(typeof FIELDS)[number], string>;
  let query: URLSearchParams;
  try {
    const saved = await saveTemplate({ viewer, input: values });
    query = new URLSearchParams({ saved: `${saved.code}/${saved.locale}` });
  } catch (error) {
    query = failureQuery(error, locale, PATH(locale), values);
  }
  redirect(`${PATH(locale)}?${query}#template-form`);
}

export async function deleteTemplateAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const code = text(fd, "code");
  const templateLocale = text(fd, "templateLocale");
  let query: URLSearchParams;
  try {
    await deleteTemplate({ viewer, code, locale: templateLocale });
    query = new URLSearchParams({ deleted: `${code}/${templateLocale}` });
  } catch (error) {
    query = failureQuery(error, locale, PATH(locale));
  }
  redirect(`${PATH(locale)}?${query}#templates`);
}
