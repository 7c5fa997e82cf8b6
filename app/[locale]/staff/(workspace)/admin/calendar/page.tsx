// /[locale]/staff/admin/calendar: the administrator's calendar overrides — declared days
// off, working Saturdays, local holidays. Saving one recounts the open legal terms it
// moves (lib/admin/calendar.ts) and the page says how many cases that touched.
import type { Metadata } from "next";
import "../settings.css";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { CALENDAR_NOTE_MAX, CALENDAR_OVERRIDE_TYPES, listCalendarOverrides } from "@/lib/admin/calendar";
import { isLocale } from "@/lib/domain/kinds";
import { one, readFeedback, type SearchParams } from "../feedback";
import { FormError, SettingsField } from "../settings-field";
import { removeOverrideAction, saveOverrideAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminSettings" });
  return { title: t("calendar.title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function CalendarPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/admin/calendar`);
  if (viewer.role !== "ADMIN") notFound();
  const t = await getTranslations("adminSettings");
  const overrides = await listCalendarOverrides({ viewer });
  const query = await searchParams;
  const feedback = readFeedback(query);
  const saved = one(query.saved);
  const removed = one(query.removed);
  const cases = Number(one(query.cases) ?? 0) || 0;

  return (
    <div className="container page">
      <p>
        <a href={`/${locale}/staff/admin`}>{t("back")}</a>
      </p>
      <h1>{t("calendar.title")}</h1>
      <p className="lead">{t("calendar.lead")}</p>
      <p className="hint">{t("calendar.recountNote")}</p>

      {(saved || removed) && (
        <p className="callout" role="status">
          {saved ? t("calendar.savedNotice", { date: saved }) : t("calendar.removedNotice", { date: removed ?? "" })} {t("calendar.recounted", { count: cases })}
        </p>
      )}

      <section aria-labelledby="override-heading" className="card" id="override-form">
        <h2 id="override-heading">{t("calendar.formHeading")}</h2>
        <FormError feedback={feedback} />
        <form action={saveOverrideAction} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <SettingsField id="o-date" field="date" label={t("calendar.date")} feedback={feedback}>
            {(aria) => <input id="o-date" name="date" type="date" className="input" required defaultValue={feedback.values.date ?? ""} {...aria} />}
          </SettingsField>
          <SettingsField id="o-type" field="type" label={t("calendar.type")} hint={t("calendar.typeHint")} feedback={feedback}>
            {(aria) => (
              <select id="o-type" name="type" className="input" defaultValue={feedback.values.type ?? "DAY_OFF"} {...aria}>
                {CALENDAR_OVERRIDE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`calendar.types.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </SettingsField>
          <SettingsField id="o-note" field="note" label={t("calendar.note")} feedback={feedback}>
            {(aria) => <input id="o-note" name="note" type="text" className="input" maxLength={CALENDAR_NOTE_MAX} defaultValue={feedback.values.note ?? ""} {...aria} />}
          </SettingsField>
          <button type="submit" className="button">
            {t("calendar.save")}
          </button>
        </form>
      </section>

      <section aria-labelledby="overrides-heading" id="overrides">
        <h2 id="overrides-heading">{t("calendar.listHeading")}</h2>
        {overrides.length === 0 ? (
          <p>{t("calendar.none")}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="overrides-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="overrides-caption" className="visually-hidden">
                {t("calendar.listHeading")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("calendar.date")}</th>
                  <th scope="col">{t("calendar.type")}</th>
                  <th scope="col">{t("calendar.note")}</th>
                  <th scope="col">{t("action")}</th>
                </tr>
              </thead>
              <tbody>
                {overrides.map((o) => (
                  <tr key={o.date} data-testid={`override-${o.date}`}>
                    <th scope="row">
                      <time dateTime={o.date}>{o.date}</time>
                    </th>
                    <td>{t(`calendar.types.${o.type}`)}</td>
                    <td>{o.note || "—"}</td>
                    <td>
                      <form action={removeOverrideAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="date" value={o.date} />
                        <button type="submit" className="button button--secondary button--small">
                          {t.rich("calendar.remove", { date: o.date, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
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
