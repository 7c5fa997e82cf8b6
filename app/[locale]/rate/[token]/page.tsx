// /[locale]/rate/[token]: the citizen rates the service with the one-time link from the
// answer e-mail (lib/cases/send-answer.ts). Public; one rating per case. A used or wrong
// link says so politely, in the same words for both, before the citizen writes anything.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ratingLinkOpen } from "@/lib/cases/rating-link";
import { isLocale } from "@/lib/domain/kinds";
import { LinkUsed, RateForm } from "./rate-form";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "rate" });
  // The address carries a one-time token: never indexed.
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Per request: whether the link is still open is read from the database.
export const dynamic = "force-dynamic";

const FORM_NAMESPACES = ["rate", "fields", "fieldErrors", "errors", "common", "submit"] as const;

export default async function RatePage({ params }: Props) {
  const { locale, token: rawToken } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("rate");
  const messages = await getMessages();
  let token = rawToken;
  try {
    token = decodeURIComponent(rawToken);
  } catch {
    // A malformed address is simply not a valid link.
  }
  const open = await ratingLinkOpen(token);

  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <NextIntlClientProvider messages={Object.fromEntries(FORM_NAMESPACES.map((ns) => [ns, messages[ns]]))}>
        {open ? (
          <>
            <p className="lead">{t("lead")}</p>
            <RateForm token={token} />
          </>
        ) : (
          <div data-testid="rate-link-used">
            <LinkUsed />
          </div>
        )}
      </NextIntlClientProvider>
    </div>
  );
}
