import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrackForm } from "./track-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "track" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

// Rendered per request: without JavaScript the form posts here, and the answer (the
// action's state) must be rendered into this response, not a prerendered copy.
export const dynamic = "force-dynamic";

export default async function TrackPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("track");
  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <TrackForm />
    </div>
  );
}
