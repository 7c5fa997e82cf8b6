// /[locale]/staff/admin/organisation: departments, service units and categories — create
// and rename. Codes never change (lib/admin/organisation.ts); "?department=CODE" (or unit,
// category) opens that one in its form.
import "../settings.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { listOrganisation, ORG_LIMITS, type OrgUnitView } from "@/lib/admin/organisation";
import { isLocale } from "@/lib/domain/kinds";
import { one, readFeedback, type Feedback, type SearchParams } from "../feedback";
import { FormError, SettingsField } from "../settings-field";
import { saveUnitAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };
type Form = "department" | "unit" | "category";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminSettings" });
  return { title: t("organisation.title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/admin/organisation`);
  if (viewer.role !== "ADMIN") notFound();
  const t = await getTranslations("adminSettings");
  const o = await listOrganisation({ viewer });
  const query = await searchParams;
  const all = readFeedback(query);
  const posted = all.values.form as Form | undefined;
  const empty: Feedback = { errors: [], formError: null, values: {}, errorOf: () => undefined };
  const feedbackFor = (form: Form) => (posted === form ? all : empty);
  const saved = one(query.saved);

  const sections: { form: Form; units: OrgUnitView[] }[] = [
    { form: "department", units: o.departments },
    { form: "unit", units: o.serviceUnits },
    { form: "category", units: o.categories },
  ];

  return (
    <div className="container page">
      <p>
        <a href={`/${locale}/staff/admin`}>{t("back")}</a>
      </p>
      <h1>{t("organisation.title")}</h1>
      <p className="lead">{t("organisation.lead")}</p>
      {saved && (
        <p className="callout" role="status">
          {t("organisation.savedNotice", { code: saved })}
        </p>
      )}
      {sections.map(({ form, units }) => {
        const feedback = feedbackFor(form);
        const editing = units.find((u) => u.code === one(query[form]));
        const v = (f: string, fallback: string | undefined) => feedback.values[f] ?? fallback ?? "";
        const names = (u: OrgUnitView) => [u.name.bg, u.name.tr, u.name.en].filter(Boolean).join(" / ");
        return (
          <section key={form} id={form} className="card">
            <h2 id={`${form}-heading`}>{t(`organisation.${form}.heading`)}</h2>
            <div className="table-scroll" role="region" aria-labelledby={`${form}-caption`} tabIndex={0}>
              <table className="data-table">
                <caption id={`${form}-caption`} className="visually-hidden">
                  {t(`organisation.${form}.heading`)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("organisation.code")}</th>
                    <th scope="col">{t("organisation.names")}</th>
                    {form === "category" && <th scope="col">{t("organisation.departmentLabel")}</th>}
                    {form === "unit" && <th scope="col">{t("organisation.address")}</th>}
                    <th scope="col">{t("organisation.cases")}</th>
                    <th scope="col">{t("action")}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => (
                    <tr key={u.code}>
                      <th scope="row">{u.code}</th>
                      <td>{names(u)}</td>
                      {form === "category" && <td>{u.departmentCode}</td>}
                      {form === "unit" && (
                        <td>
                          {u.address}
                          <span className="block muted">{u.hours}</span>
                        </td>
                      )}
                      <td>{u.caseCount}</td>
                      <td>
                        <a href={`/${locale}/staff/admin/organisation?${new URLSearchParams({ [form]: u.code })}#${form}-form`}>
                          {t.rich("organisation.rename", { code: u.code, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <h3 id={`${form}-form`}>{editing ? t("organisation.renameHeading", { code: editing.code }) : t(`organisation.${form}.new`)}</h3>
            <FormError feedback={feedback} />
            <form action={saveUnitAction} noValidate>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="form" value={form} />
              {editing ? (
                <input type="hidden" name="code" value={editing.code} />
              ) : (
                <SettingsField id={`${form}-code`} field="code" label={t("organisation.code")} hint={t("organisation.codeHint")} feedback={feedback}>
                  {(aria) => <input id={`${form}-code`} name="code" type="text" className="input" required maxLength={ORG_LIMITS.code.max} defaultValue={v("code", "")} {...aria} />}
                </SettingsField>
              )}
              {(["nameBg", "nameTr", "nameEn"] as const).map((f) => (
                <SettingsField key={f} id={`${form}-${f}`} field={f} label={t(`organisation.${f}`)} feedback={feedback}>
                  {(aria) => (
                    <input
                      id={`${form}-${f}`}
                      name={f}
                      type="text"
                      className="input"
                      maxLength={ORG_LIMITS.name.max}
                      required={f === "nameBg"}
                      defaultValue={v(f, editing?.name[f === "nameBg" ? "bg" : f === "nameTr" ? "tr" : "en"])}
                      {...aria}
                    />
                  )}
                </SettingsField>
              ))}
              {form === "category" && (
                <SettingsField id="category-department" field="departmentCode" label={t("organisation.departmentLabel")} hint={t("organisation.moveHint")} feedback={feedback}>
                  {(aria) => (
                    <select id="category-department" name="departmentCode" className="input" defaultValue={v("departmentCode", editing?.departmentCode)} {...aria}>
                      {o.departments.map((d) => (
                        <option key={d.code} value={d.code}>
                          {d.code} — {d.name.bg}
                        </option>
                      ))}
                    </select>
                  )}
                </SettingsField>
              )}
              {form === "unit" &&
                (["address", "hours"] as const).map((f) => (
                  <SettingsField key={f} id={`unit-${f}`} field={f} label={t(`organisation.${f}`)} feedback={feedback}>
                    {(aria) => <input id={`unit-${f}`} name={f} type="text" className="input" required maxLength={ORG_LIMITS[f].max} defaultValue={v(f, editing?.[f])} {...aria} />}
                  </SettingsField>
                ))}
              <button type="submit" className="button">
                {t("organisation.save")}
              </button>
            </form>
          </section>
        );
      })}
    </div>
  );
}
