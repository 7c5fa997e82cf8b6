// /[locale]/staff/improvements: the register of what the administration changes because
// of feedback (charter commitment 12). Management keeps all of it, heads their
// department's, the integrity officer reads it (lib/domain/improvement.ts). A GET form
// filters by status; the create form posts and redirects (works without JavaScript).
import "../admin/settings.css";
import "@/lib/ui/improvement/improvements.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { isLocale } from "@/lib/domain/kinds";
import { IMPROVEMENT_STATUSES, canReadImprovements, type ImprovementStatus } from "@/lib/domain/improvement";
import { listImprovementActions } from "@/lib/improvement/actions";
import { getReferenceData, pick, referenceIndex } from "@/lib/cases/reference-data";
import { calendarDate } from "@/lib/i18n/dates";
import { one, readFeedback, type SearchParams } from "../admin/feedback";
import { FormError } from "../admin/settings-field";
import { ImprovementFields } from "./fields";
import { createImprovementForm } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "improvements" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function ImprovementsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/improvements`);
  if (canReadImprovements(viewer) !== "ALLOW") notFound();
  const t = await getTranslations("improvements");
  const format = await getFormatter();
  const query = await searchParams;
  const statusParam = one(query.status) ?? "";
  const status = (IMPROVEMENT_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as ImprovementStatus) : null;
  const [actions, reference, index] = await Promise.all([
    listImprovementActions({ viewer, filter: status ? { status: [status] } : null }),
    getReferenceData(locale),
    referenceIndex(),
  ]);
  const feedback = readFeedback(query);
  const keeps = viewer.role === "MANAGER" || viewer.role === "HEAD";
  const ownCode = viewer.departmentId ? (index.departments.get(viewer.departmentId)?.code ?? "") : "";
  const v = (f: string, fallback = "") => feedback.values[f] ?? fallback;
  const date = (iso: string | null) => (iso ? format.dateTime(calendarDate(iso), { dateStyle: "medium" }) : "—");

  return (
    <div className="container page workspace">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <form method="get" action={`/${locale}/staff/improvements`} className="inline-filter" aria-label={t("filterLabel")}>
        <label htmlFor="imp-status" className="label">
          {t("fields.status")}
        </label>
        <select id="imp-status" name="status" className="input select" defaultValue={status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {IMPROVEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t("filter")}
        </button>
      </form>

      {/* No label on the section: the table's region already carries this name (axe landmark-unique). */}
      <section>
        <h2 id="actions-heading">{t("listHeading", { count: actions.length })}</h2>
        {actions.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="actions-caption" className="visually-hidden">
                {t("listHeading", { count: actions.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("fields.title")}</th>
                  <th scope="col">{t("fields.department")}</th>
                  <th scope="col">{t("fields.owner")}</th>
                  <th scope="col">{t("fields.dueDate")}</th>
                  <th scope="col">{t("fields.status")}</th>
                  <th scope="col">{t("casesColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.id} data-testid={`improvement-${a.id}`}>
                    <th scope="row">
                      <a href={`/${locale}/staff/improvements/${a.id}`}>{a.title}</a>
                    </th>
                    <td>{a.department ? pick(a.department.name, locale) : t("wholeMunicipality")}</td>
                    <td>{a.owner}</td>
                    <td>{date(a.dueDate)}</td>
                    <td>
                      <span className={`improvement-status improvement-status--${a.status.toLowerCase()}`}>{t(`statuses.${a.status}`)}</span>
                    </td>
                    <td>{format.number(a.cases.length + a.hiddenCaseCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {keeps && (
        <section aria-labelledby="new-heading" className="card" id="new-action">
          <h2 id="new-heading">{t("newHeading")}</h2>
          <p className="hint">{t("newHint")}</p>
          <FormError feedback={feedback} />
          <form action={createImprovementForm} noValidate className="settings-form">
            <input type="hidden" name="locale" value={locale} />
            <ImprovementFields
              prefix="new"
              viewer={viewer}
              feedback={feedback}
              departments={reference.departments}
              values={{
                title: v("title"),
                description: v("description"),
                owner: v("owner"),
                dueDate: v("dueDate"),
                status: v("status", "PLANNED"),
                departmentCode: v("departmentCode", viewer.role === "HEAD" ? ownCode : ""),
              }}
            />
            <button type="submit" className="button">
              {t("create")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
