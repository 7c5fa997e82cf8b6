"use server";
// Save or remove a calendar override (lib/admin/calendar.ts checks the administrator
// again: server actions are reachable by anyone who can post to the page).
import { redirect } from "next/navigation";
import { removeCalendarOverride, setCalendarOverride } from "@/lib/admin/calendar";
import { actionViewer, failureQuery, formLocale, text } from "../feedback";

const PATH = (locale: string) => `/${locale}/staff/admin/calendar`;

export async function saveOverrideAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const values = { date: text(fd, "date"), type: text(fd, "type"), note: text(fd, "note") };
  let query: URLSearchParams;
  try {
    const r = await setCalendarOverride({ viewer, ...values });
    query = new URLSearchParams({ saved: values.date, cases: String(r.recountedCases) });
  } catch (error) {
    query = failureQuery(error, locale, PATH(locale), values);
  }
  redirect(`${PATH(locale)}?${query}#override-form`);
}

export async function removeOverrideAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const date = text(fd, "date");
  let query: URLSearchParams;
  try {
    const r = await removeCalendarOverride({ viewer, date });
    query = new URLSearchParams({ removed: date, cases: String(r.recountedCases) });
  } catch (error) {
    query = failureQuery(error, locale, PATH(locale));
  }
  redirect(`${PATH(locale)}?${query}#overrides`);
}
