import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t("homeLink")}</Link>
        </li>
        <li>
          <Link href="/submit">{t("submitLink")}</Link>
        </li>
        <li>
          <Link href="/track">{t("trackLink")}</Link>
        </li>
      </ul>
    </div>
  );
}
