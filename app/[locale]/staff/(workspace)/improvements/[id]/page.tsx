// /[locale]/staff/improvements/<id>: one improvement action — its edit form (for those who
// keep it), and the cases that prompted it as links to their pages, with forms to link a
// case by reference and to unlink one. Only cases the viewer may read are named.
import "../../admin/settings.css";
import "@/lib/ui/improvement/improvements.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { isLocale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { getImprovementAction, type ImprovementActionView } from "@/lib/improvement/actions";
import { getReferenceData, pick } from "@/lib/cases/reference-data";
import { calendarDate } from "@/lib/i18n/dates";
import { one, readFeedback, type SearchParams } from "../../admin/feedback";
import { FormError, SettingsField } from "../../admin/settings-field";
import { ImprovementFields } from "../fields";
import { linkCaseForm, updateImprovementForm } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "improvements" });
  return { title: t("oneTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function ImprovementPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/improvements/${encodeURIComponent(id)}`);
  let action: ImprovementActionView;
  try {
    action = await getImprovementAction({ viewer, id });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
  const t = await getTranslations("improvements");
  const format = await getFormatter();
  const query = await searchParams;
  const feedback = readFeedback(query);
  const reference = await getReferenceData(locale);
  // getImprovementAction found it, so it is in the viewer's part of the register; of those
  // who read it, management and heads keep it (lib/domain/improvement.ts).
  const edits = viewer.role === "MANAGER" || viewer.role === "HEAD";
  const v = (f: keyof ImprovementActionView & string, current: string) => feedback.values[f] ?? current;
  const notice = one(query.created) ? t("createdNotice") : one(query.saved) ? t("savedNotice") : one(query.linked) ? t("linkedNotice", { reference: one(query.linked) ?? "" }) : one(query.unlinked) ? t("unlinkedNotice", { reference: one(query.unlinked) ?? "" }) : null;
  const date = (iso: string | null) => (iso ? format.dateTime(calendarDate(iso), { dateStyle: "long" }) : "—");

  return (
    <div className="container page workspace">
      <p>
        <a href={`/${locale}/staff/improvements`}>{t("back")}</a>
      </p>
      <h1>{action.title}</h1>
      {notice && (
        <p className="callout" role="status">
          {notice}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t("fields.status")}</dt>
          <dd>{t(`statuses.${action.status}`)}</dd>
        </div>
        <div>
          <dt>{t("fields.department")}</dt>
          <dd>{action.department ? pick(action.department.name, locale) : t("wholeMunicipality")}</dd>
        </div>
        <div>
          <dt>{t("fields.owner")}</dt>
          <dd>{action.owner}</dd>
        </div>
        <div>
          <dt>{t("fields.dueDate")}</dt>
          <dd>{date(action.dueDate)}</dd>
        </div>
        <div>
          <dt>{t("started")}</dt>
          <dd>{format.dateTime(action.createdAt, { dateStyle: "long" })}</dd>
        </div>
        {action.completedAt && (
          <div>
            <dt>{t("completed")}</dt>
            <dd>{format.dateTime(action.completedAt, { dateStyle: "long" })}</dd>
          </div>
        )}
      </dl>
      <p className="improvement-description">{action.description}</p>

      <section aria-labelledby="cases-heading" id="cases">
        <h2 id="cases-heading">{t("casesHeading")}</h2>
        {action.cases.length === 0 && action.hiddenCaseCount === 0 ? (
          <p>{t("noCases")}</p>
        ) : (
          <ul className="linked-cases">
            {action.cases.map((c) => (
              <li key={c.id}>
                <a href={`/${locale}/staff/cases/${c.id}`}>{c.reference}</a>
                {edits && (
                  <form action={linkCaseForm} className="inline-form">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={action.id} />
                    <input type="hidden" name="reference" value={c.reference} />
                    <input type="hidden" name="unlink" value="1" />
                    <button type="submit" className="button button--secondary button--small">
                      {t.rich("unlink", { reference: c.reference, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {action.hiddenCaseCount > 0 && <p className="hint">{t("hiddenCases", { count: action.hiddenCaseCount })}</p>}
        {edits && (
          <form action={linkCaseForm} noValidate className="settings-form" id="link-case">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={action.id} />
            {(one(query.error) === "NOT_FOUND" || feedback.errorOf("reference")) && (
              <p className="callout callout--warning" role="alert">
                {feedback.errorOf("reference") ? t("referenceInvalid") : t("caseNotFound")}
              </p>
            )}
            <SettingsField id="link-reference" field="reference" label={t("linkLabel")} hint={t("linkHint")} feedback={feedback}>
              {(aria) => <input id="link-reference" name="reference" type="text" className="input input--reference" autoComplete="off" defaultValue={feedback.values.reference ?? ""} {...aria} />}
            </SettingsField>
            <button type="submit" className="button button--secondary">
              {t("link")}
            </button>
          </form>
        )}
      </section>

      {edits && (
        <section aria-labelledby="edit-heading" className="card" id="edit">
          <h2 id="edit-heading">{t("editHeading")}</h2>
          {one(query.error) !== "NOT_FOUND" && !feedback.errorOf("reference") && <FormError feedback={feedback} />}
          <form action={updateImprovementForm} noValidate className="settings-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={action.id} />
            <ImprovementFields
              prefix="edit"
              viewer={viewer}
              feedback={feedback}
              departments={reference.departments}
              values={{
                title: v("title", action.title),
                description: v("description", action.description),
                owner: v("owner", action.owner),
                dueDate: v("dueDate", action.dueDate ?? ""),
                status: v("status", action.status),
                departmentCode: feedback.values.departmentCode ?? action.department?.code ?? "",
              }}
            />
            <button type="submit" className="button">
              {t("save")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
