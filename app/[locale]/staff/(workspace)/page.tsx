// The staff workspace's landing page: who is signed in and the pages of their role
// (inbox, registration, look-up, administration, account). Not signed in → the sign-in
// page, then back here.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/domain/kinds";
import { Link } from "@/lib/i18n/navigation";
import { requireViewer } from "@/lib/auth/get-viewer";
import { staffNavItems } from "@/lib/ui/staff/staff-bar";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("workspace"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function StaffHomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff`);
  const t = await getTranslations("staff");
  const tw = await getTranslations("workspace");
  return (
    <div className="container page narrow">
      <h1>{t("workspace")}</h1>
      <p className="lead" data-testid="signed-in-as">
        {t("signedInAs", { name: viewer.name, role: t(`roles.${viewer.role}`) })}
      </p>
      <ul className="link-list">
        {staffNavItems(viewer).map(({ key, href }) => (
          <li key={key}>
            <Link href={href}>{tw(`nav.${key}`)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
