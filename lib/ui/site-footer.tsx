import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ContactSummary } from "./contacts";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <div>
          <h2 className="footer-heading">{t("footerHeading")}</h2>
          <ContactSummary />
        </div>
        <div>
          <p>
            <Link href="/privacy">{t("nav.privacy")}</Link>
          </p>
          <p>
            <Link href="/figures">{t("nav.figures")}</Link>
          </p>
          <p className="footer-note">{t("footerNote")}</p>
        </div>
      </div>
    </footer>
  );
}
