// The dashboard's improvement-action section (issue 5: "visible on the dashboard"): counts
// by status, how many are past their due date, and the open ones due first, each a link to
// its page. Renders nothing for a viewer who does not read the register.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/domain/kinds";
import { calendarDate } from "@/lib/i18n/dates";
import { improvementSummary } from "@/lib/improvement/summary";

export async function ImprovementActionsSummary({ viewer, locale, headingLevel = 2 }: { viewer: Viewer; locale: Locale; headingLevel?: 2 | 3 }) {
  const summary = await improvementSummary({ viewer });
  if (!summary) return null;
  const t = await getTranslations({ locale, namespace: "improvements" });
  const format = await getFormatter({ locale });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="improvements-summary-heading" className="card improvements-summary" data-testid="improvements-summary">
      <Heading id="improvements-summary-heading">{t("summary.heading")}</Heading>
      <p>
        {t("summary.counts", {
          planned: format.number(summary.counts.PLANNED),
          inProgress: format.number(summary.counts.IN_PROGRESS),
          done: format.number(summary.counts.DONE),
        })}
        {summary.overdue > 0 && <> {t("summary.overdue", { count: summary.overdue })}</>}
      </p>
      {summary.open.length === 0 ? (
        <p>{t("summary.none")}</p>
      ) : (
        <ul className="link-list">
          {summary.open.map((a) => (
            <li key={a.id}>
              <a href={`/${locale}/staff/improvements/${a.id}`}>{a.title}</a> — {t(`statuses.${a.status}`)},{" "}
              {a.dueDate ? t("summary.due", { date: format.dateTime(calendarDate(a.dueDate), { dateStyle: "medium" }) }) : t("summary.noDue")}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/${locale}/staff/improvements`}>{t("summary.all")}</a>
      </p>
    </section>
  );
}
