// The signed-in staff member's account: two-step verification (TOTP). Administrators
// and the integrity officer land here after their first password sign-in and can use
// nothing else until they have set it up (lib/auth/session.ts TOTP_REQUIRED_ROLES).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/domain/kinds";
import { Link } from "@/lib/i18n/navigation";
import { requireSession } from "@/lib/auth/get-viewer";
import { totpStatus } from "@/lib/auth/totp-enrolment";
import { formatTotpSecret, qrCodeDataUrl, totpUri } from "@/lib/auth/totp";
import { SignOutButton } from "@/lib/ui/sign-out-button";
import { CodeForm } from "./code-form";
import { confirmTotpAction, turnOffTotpAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.account" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function StaffAccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { viewer, enrolmentRequired } = await requireSession(locale);
  const t = await getTranslations("staff");
  const messages = await getMessages();
  const status = await totpStatus(viewer);
  const qr = status.pendingSecret ? await qrCodeDataUrl(totpUri(status.pendingSecret, viewer.email)) : null;
  const notice = (await searchParams).notice;

  return (
    <div className="container page narrow">
      <h1>{t("account.title")}</h1>
      <p className="lead">{t("signedInAs", { name: viewer.name, role: t(`roles.${viewer.role}`) })}</p>
      {notice === "enabled" && (
        <p className="callout" role="status">
          {t("account.enabledNotice")}
        </p>
      )}
      {notice === "disabled" && (
        <p className="callout" role="status">
          {t("account.disabledNotice")}
        </p>
      )}

      <h2>{t("account.totpTitle")}</h2>
      <NextIntlClientProvider messages={{ staff: messages.staff }}>
        {status.enabledAt ? (
          <>
            <p>{t("account.totpOn", { date: status.enabledAt })}</p>
            {!status.required && (
              <>
                <h3>{t("account.turnOff")}</h3>
                <p>{t("account.turnOffLead")}</p>
                <CodeForm id="totp-off" locale={locale} action={turnOffTotpAction} submitLabel={t("account.turnOff")} />
              </>
            )}
          </>
        ) : (
          <>
            {enrolmentRequired ? (
              <p className="callout callout--warning" role="alert">
                {t("account.totpRequired")}
              </p>
            ) : (
              <p>{t("account.totpOff")}</p>
            )}
            <ol className="steps">
              <li>{t("account.step1")}</li>
              <li>
                {t("account.step2")}
                {qr && (
                  <span className="block">
                    {/* A data URL drawn on the server: nothing to optimise or fetch. */}
                    <img src={qr} alt={t("account.qrAlt")} width={220} height={220} />
                  </span>
                )}
                <span className="block">
                  {t("account.manualKey")}: <code className="nowrap" data-testid="totp-secret">{formatTotpSecret(status.pendingSecret ?? "")}</code>
                </span>
              </li>
              <li>{t("account.step3")}</li>
            </ol>
            <CodeForm id="totp-on" locale={locale} action={confirmTotpAction} submitLabel={t("account.confirm")} />
          </>
        )}
      </NextIntlClientProvider>

      {!enrolmentRequired && (
        <p>
          <Link href="/staff">{t("account.backToWorkspace")}</Link>
        </p>
      )}
      <SignOutButton locale={locale} />
    </div>
  );
}
