// /[locale]/staff/register: a clerk of a service unit registers a submission that came
// in person, by letter, fax, phone or hotline, e-mail, at a meeting with the management
// or from the information boards (legal-deadlines.md, "Front office"). Others get 404.
// The staff bar (menu, sign-out) comes from the workspace layout.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { getReferenceData, pick, referenceIndex } from "@/lib/cases/reference-data";
import { REGISTRATION_LIMITS } from "@/lib/cases/register-submission-input";
import { addYearsIso } from "@/lib/domain/iso-date";
import { CHANNELS, isLocale, type Channel } from "@/lib/domain/kinds";
import { todayInSofia } from "@/lib/i18n/dates";
import { RegisterForm } from "./register-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "register" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Per request: it reads the session, and without JavaScript the form posts here.
export const dynamic = "force-dynamic";

/** Channels a clerk registers: every one but the web (the public form registers itself). */
const COUNTER_CHANNELS = CHANNELS.filter((c): c is Exclude<Channel, "WEB"> => c !== "WEB");

/** What the form's client components read. */
const FORM_NAMESPACES = ["register", "fields", "fieldErrors", "errors", "common", "channels"] as const;

export default async function RegisterPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/register`);
  if (viewer.role !== "CLERK" || !viewer.serviceUnitId) notFound();
  const t = await getTranslations("register");
  const [{ kinds, categories, departments }, index, messages] = await Promise.all([getReferenceData(locale), referenceIndex(), getMessages()]);
  const unit = index.serviceUnits.get(viewer.serviceUnitId);
  const today = todayInSofia();

  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {unit && <p>{t("unit", { unit: pick(unit.name, locale) })}</p>}
      <NextIntlClientProvider messages={Object.fromEntries(FORM_NAMESPACES.map((ns) => [ns, messages[ns]]))}>
        <RegisterForm
          locale={locale}
          channels={COUNTER_CHANNELS}
          kinds={kinds}
          categories={categories}
          departments={departments}
          today={today}
          oldest={addYearsIso(today, -REGISTRATION_LIMITS.maxAgeYears)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
