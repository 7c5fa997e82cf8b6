// A due date with its urgency in words, not colour alone (WCAG 1.4.1): "overdue by 3 days"
// and "due in 2 days" are written out, with an icon and a border as extra cues.
import { getFormatter, getTranslations } from "next-intl/server";
import { calendarDate, daysUntil } from "@/lib/i18n/dates";

/**
 * Calendar days ahead within which a term is flagged "due soon": about the 3 working
 * days before the end at which the sweeper warns (lib/domain/policy.ts DEFAULT_WARN_WORKING_DAYS).
 */
export const SOON_DAYS = 5;

export type DueState = "overdue" | "soon" | "later" | "none";

/** How urgent a term ending on `dueDate` (a Sofia calendar date) is today. */
export function dueState(dueDate: string | null, overdue: boolean, now: Date = new Date()): { state: DueState; days: number } {
  if (!dueDate) return { state: "none", days: 0 };
  const days = daysUntil(dueDate, now);
  if (overdue || days < 0) return { state: "overdue", days: Math.max(1, -days) };
  if (days <= SOON_DAYS) return { state: "soon", days };
  return { state: "later", days };
}

export async function DueDate({ dueDate, overdue, style = "short" }: { dueDate: string | null; overdue: boolean; style?: "short" | "long" }) {
  const t = await getTranslations("workspace.due");
  const format = await getFormatter();
  const { state, days } = dueState(dueDate, overdue);
  if (state === "none" || !dueDate) return <span className="due-date due-date--none">{t("none")}</span>;
  const date = format.dateTime(calendarDate(dueDate), style);
  return (
    <span className={`due-date due-date--${state}`}>
      <span className="due-date-day">{date}</span>
      {state === "overdue" && (
        <span className="due-flag">
          <span aria-hidden="true">⚠ </span>
          {t("overdue", { days })}
        </span>
      )}
      {state === "soon" && (
        <span className="due-flag">
          <span aria-hidden="true">◷ </span>
          {days === 0 ? t("today") : t("soon", { days })}
        </span>
      )}
    </span>
  );
}
