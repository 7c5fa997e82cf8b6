// /[locale]/staff/admin/templates: answer templates per code and language. Authors pick
// one next to the draft answer; it fills the parts they leave blank (saveAnswerDraft).
// ?code=X&tl=bg opens that template in the form; a new code and language creates one.
import "../settings.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { listTemplates, TEMPLATE_LIMITS } from "@/lib/admin/templates";
import { isLocale, LOCALES } from "@/lib/domain/kinds";
import { one, readFeedback, type SearchParams } from "../feedback";
import { FormError, SettingsField } from "../settings-field";
import { deleteTemplateAction, saveTemplateAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminSettings" });
  return { title: t("templates.title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function TemplatesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/admin/templates`);
  if (viewer.role !== "ADMIN") notFound();
  const t = await getTranslations("adminSettings");
  const tFields = await getTranslations("fields");
  const templates = await listTemplates({ viewer });
  const query = await searchParams;
  const feedback = readFeedback(query);
  const editing = templates.find((x) => x.code === one(query.code) && x.locale === one(query.tl));
  const v = (f: "code" | "locale" | "title" | "findings" | "decision" | "reasons") => feedback.values[f] ?? editing?.[f] ?? "";
  const saved = one(query.saved);
  const deleted = one(query.deleted);

  return (
    <div className="container page">
      <p>
        <a href={`/${locale}/staff/admin`}>{t("back")}</a>
      </p>
      <h1>{t("templates.title")}</h1>
      <p className="lead">{t("templates.lead")}</p>
      {(saved || deleted) && (
        <p className="callout" role="status">
          {saved ? t("templates.savedNotice", { template: saved }) : t("templates.deletedNotice", { template: deleted ?? "" })}
        </p>
      )}

      <section aria-labelledby="template-heading" className="card" id="template-form">
        <h2 id="template-heading">{editing ? t("templates.editHeading", { template: `${editing.code}/${editing.locale}` }) : t("templates.newHeading")}</h2>
        <p className="hint">{t("templates.formHint")}</p>
        <FormError feedback={feedback} />
        <form action={saveTemplateAction} noValidate className="settings-form">
          <input type="hidden" name="locale" value={locale} />
          <SettingsField id="t-code" field="code" label={t("templates.code")} hint={t("templates.codeHint")} feedback={feedback}>
            {(aria) => <input id="t-code" name="code" type="text" className="input" required maxLength={TEMPLATE_LIMITS.code.max} defaultValue={v("code")} {...aria} />}
          </SettingsField>
          <SettingsField id="t-locale" field="locale" label={t("templates.language")} feedback={feedback}>
            {(aria) => (
              <select id="t-locale" name="templateLocale" className="input" defaultValue={v("locale") || locale} {...aria}>
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {t(`templates.languages.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </SettingsField>
          <SettingsField id="t-title" field="title" label={t("templates.titleLabel")} feedback={feedback}>
            {(aria) => <input id="t-title" name="title" type="text" className="input" required maxLength={TEMPLATE_LIMITS.title.max} defaultValue={v("title")} {...aria} />}
          </SettingsField>
          {(["findings", "decision", "reasons"] as const).map((f) => (
            <SettingsField key={f} id={`t-${f}`} field={f} label={tFields(f)} feedback={feedback}>
              {(aria) => <textarea id={`t-${f}`} name={f} className="input" rows={5} maxLength={TEMPLATE_LIMITS[f].max} defaultValue={v(f)} {...aria} />}
            </SettingsField>
          ))}
          <button type="submit" className="button">
            {t("templates.save")}
          </button>
        </form>
      </section>

      <section aria-labelledby="templates-heading" id="templates">
        <h2 id="templates-heading">{t("templates.listHeading")}</h2>
        {templates.length === 0 ? (
          <p>{t("templates.none")}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="templates-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="templates-caption" className="visually-hidden">
                {t("templates.listHeading")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("templates.code")}</th>
                  <th scope="col">{t("templates.language")}</th>
                  <th scope="col">{t("templates.titleLabel")}</th>
                  <th scope="col">{t("action")}</th>
                </tr>
              </thead>
              <tbody>
                {templates.map((x) => (
                  <tr key={`${x.code}/${x.locale}`} data-testid={`template-${x.code}-${x.locale}`}>
                    <th scope="row">{x.code}</th>
                    <td>{t(`templates.languages.${x.locale}`)}</td>
                    <td>{x.title}</td>
                    <td>
                      <a href={`/${locale}/staff/admin/templates?${new URLSearchParams({ code: x.code, tl: x.locale })}#template-form`}>
                        {t.rich("templates.edit", { template: `${x.code}/${x.locale}`, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
                      </a>
                      <form action={deleteTemplateAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="code" value={x.code} />
                        <input type="hidden" name="templateLocale" value={x.locale} />
                        <button type="submit" className="button button--secondary button--small">
                          {t.rich("templates.delete", { template: `${x.code}/${x.locale}`, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
