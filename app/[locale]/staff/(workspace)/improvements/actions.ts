"use server";
// The register's forms (post → redirect → get, so they work without JavaScript): create,
// edit, link and unlink a case. lib/improvement/actions.ts checks who may, again.
import { redirect } from "next/navigation";
import {
  createImprovementAction,
  linkImprovementActionCase,
  unlinkImprovementActionCase,
  updateImprovementAction,
} from "@/lib/improvement/actions";
import { actionViewer, failureQuery, formLocale, text } from "../admin/feedback";

const LIST = (locale: string) => `/${locale}/staff/improvements`;
const ONE = (locale: string, id: string) => `/${locale}/staff/improvements/${encodeURIComponent(id)}`;
const FIELDS = ["title", "description", "owner", "dueDate", "status", "departmentCode"] as const;

const values = (fd: FormData) => Object.fromEntries(FIELDS.map((f) => [f, text(fd, f)])) as Record<(typeof FIELDS)[number], string>;

export async function createImprovementForm(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, LIST(locale));
  const input = values(fd);
  let target: string;
  try {
    const created = await createImprovementAction({ viewer, input });
    target = `${ONE(locale, created.id)}?created=1`;
  } catch (error) {
    target = `${LIST(locale)}?${failureQuery(error, locale, LIST(locale), input)}#new-action`;
  }
  redirect(target);
}

export async function updateImprovementForm(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const id = text(fd, "id");
  const viewer = await actionViewer(locale, ONE(locale, id));
  const input = values(fd);
  let query: URLSearchParams;
  try {
    await updateImprovementAction({ viewer, id, input });
    query = new URLSearchParams({ saved: "1" });
  } catch (error) {
    query = failureQuery(error, locale, ONE(locale, id), input);
  }
  redirect(`${ONE(locale, id)}?${query}#edit`);
}

export async function linkCaseForm(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const id = text(fd, "id");
  const viewer = await actionViewer(locale, ONE(locale, id));
  const reference = text(fd, "reference");
  const unlink = text(fd, "unlink") === "1";
  let query: URLSearchParams;
  try {
    if (unlink) await unlinkImprovementActionCase({ viewer, actionId: id, reference });
    else await linkImprovementActionCase({ viewer, actionId: id, reference });
    query = new URLSearchParams({ [unlink ? "unlinked" : "linked"]: reference });
  } catch (error) {
    query = failureQuery(error, locale, ONE(locale, id), { reference });
  }
  redirect(`${ONE(locale, id)}?${query}#cases`);
}
