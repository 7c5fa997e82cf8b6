// Every way to reach the administration (Client Charter, section IV, items 1–8).
import { getTranslations } from "next-intl/server";

export const PHONES = {
  hotlines: ["03631/65-27", "03631/70-19"],
  mayor: ["03631/60-51", "03631/78-41"],
  fax: "03631/78-49",
} as const;

/** "03631/65-27" → "tel:+35936316527" (Bulgarian trunk 0 dropped). */
export function telHref(number: string): string {
  return `tel:+359${number.replace(/^0/, "").replace(/\D/g, "")}`;
}

function PhoneList({ numbers, or }: { numbers: readonly string[]; or: string }) {
  return (
    <>
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ` ${or} `}
          <a href={telHref(n)} className="nowrap">
            {n}
          </a>
        </span>
      ))}
    </>
  );
}

/** The full list, for the home page. */
export async function ContactList() {
  const t = await getTranslations("contacts");
  const address = t("address");
  const hours = t("hours");
  return (
    <section aria-labelledby="contacts-heading" className="contacts">
      <h2 id="contacts-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ul className="contact-list">
        <li>
          <h3>{t("inPersonTitle")}</h3>
          <p>{t("inPerson", { address, hours })}</p>
        </li>
        <li>
          <h3>{t("letterTitle")}</h3>
          <p>{t("letter", { address })}</p>
        </li>
        <li>
          <h3>{t("onlineTitle")}</h3>
          <p>{t("online")}</p>
        </li>
        <li>
          <h3>{t("hotlineTitle")}</h3>
          <p>
            <PhoneList numbers={PHONES.hotlines} or={t("or")} />
          </p>
        </li>
        <li>
          <h3>{t("faxTitle")}</h3>
          <p className="nowrap">{PHONES.fax}</p>
        </li>
        <li>
          <h3>{t("emailTitle")}</h3>
          <p>{t("email")}</p>
        </li>
        <li>
          <h3>{t("meetingTitle")}</h3>
          <p>
            {t("meeting")} {t("mayorTitle")}: <PhoneList numbers={PHONES.mayor} or={t("or")} />
          </p>
        </li>
        <li>
          <h3>{t("boardsTitle")}</h3>
          <p>{t("boards")}</p>
        </li>
      </ul>
    </section>
  );
}

/** The short version, for the footer of every page. */
export async function ContactSummary() {
  const t = await getTranslations("contacts");
  return (
    <address className="contact-summary">
      <p>{t("address")}</p>
      <p>{t("hours")}</p>
      <p>
        {t("hotlineTitle")}: <PhoneList numbers={PHONES.hotlines} or={t("or")} />
      </p>
      <p>
        {t("mayorTitle")}: <PhoneList numbers={PHONES.mayor} or={t("or")} />
      </p>
      <p>
        {t("faxLabel")}: <span className="nowrap">{PHONES.fax}</span>
      </p>
    </address>
  );
}
