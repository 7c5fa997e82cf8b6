import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/domain/kinds";
import { accountPath, getSession, safeCallbackUrl } from "@/lib/auth/get-viewer";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";
import { SignInForm } from "./sign-in-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; signedOut?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Per request: it reads the session cookie, and without JavaScript the form posts here.
export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function StaffSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(one(query.callbackUrl), locale);

  const session = await getSession();
  if (session.status === "active") redirect(callbackUrl);
  if (session.status === "totp-enrolment-required") redirect(accountPath(locale));

  const t = await getTranslations("staff.signIn");
  // After a failed sign-in through next-auth's endpoint (/api/auth/callback/credentials).
  const error = one(query.error);
  const initialProblem = !error
    ? null
    : error.startsWith(`${SIGN_IN_ERROR.rateLimited}-`)
      ? t("rateLimited", { minutes: Math.max(1, Number(error.split("-")[1]) || 1) })
      : error === SIGN_IN_ERROR.disabled
        ? t("disabled")
        : error === SIGN_IN_ERROR.totpRequired
          ? t("codeRequired")
          : error === SIGN_IN_ERROR.totpInvalid
            ? t("codeInvalid")
            : error === SIGN_IN_ERROR.invalid
              ? t("invalid")
              : t("error");
  const messages = await getMessages();

  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {one(query.signedOut) && (
        <p className="callout" role="status">
          {t("signedOut")}
        </p>
      )}
      <NextIntlClientProvider messages={{ staff: messages.staff }}>
        <SignInForm locale={locale} callbackUrl={callbackUrl} initialProblem={initialProblem} />
      </NextIntlClientProvider>
    </div>
  );
}
