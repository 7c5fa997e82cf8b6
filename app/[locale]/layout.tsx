import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { locales } from "@/lib/i18n/config";
import { SiteFooter } from "@/lib/ui/site-footer";
import { SiteHeader } from "@/lib/ui/site-header";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}
// Only bg, tr and en exist; anything else (e.g. "/foo.txt") is app/global-not-found.tsx.
export const dynamicParams = false;

/** What client components read; the rest (home, privacy, e-mails, letters) stays on the server. */
const CLIENT_NAMESPACES = [
  "common",
  "submit",
  "track",
  "fields",
  "fieldErrors",
  "errors",
  "kinds",
  "statuses",
  "statusHelp",
  "events",
  "clocks",
  "noAnswerReasons",
] as const;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1b4a72" };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("siteTitle"), template: `%s · ${t("siteTitle")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
