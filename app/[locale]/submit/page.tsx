import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getReferenceData } from "@/lib/cases/reference-data";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { todayInSofia } from "@/lib/i18n/dates";
import { SubmitForm } from "./submit-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "submit" });
  return { title: t("title") };
}

// Kinds and categories come from the database (the administrator edits them).
export const dynamic = "force-dynamic";

export default async function SubmitPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("submit");
  const { kinds, categories, departments } = await getReferenceData(isLocale(locale) ? locale : defaultLocale);

  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <SubmitForm locale={locale} kinds={kinds} categories={categories} departments={departments} today={todayInSofia()} />
    </div>
  );
}
