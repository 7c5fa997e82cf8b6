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
export async function ContactList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = await getTranslations("contacts");
  const H = headingLevel === 2 ? "h2" : "h3";
  const Item = headingLevel === 2 ? "h3" : "h4";
  const address = t("address");
  const hours = t("hours");
  return (
    <section aria-labelledby="contacts-heading" className="contacts">
      <H id="contacts-heading">{t("heading")}</H>
      <p>{t("intro")}</p>
      <ul className="contact-list">
        <li>
          <Item>{t("inPersonTitle")}</Item>
          <p>{t("inPerson", { address, hours })}</p>
        </li>
        <li>
          <Item>{t("letterTitle")}</Item>
          <p>{t("letter", { address })}</p>
        </li>
        <li>
          <Item>{t("onlineTitle")}</Item>
          <p>{t("online")}</p>
        </li>
        <li>
          <Item>{t("hotlineTitle")}</Item>
          <p>
            <PhoneList numbers={PHONES.hotlines} or={t("or")} />
          </p>
        </li>
        <li>
          <Item>{t("faxTitle")}</Item>
          <p className="nowrap">{PHONES.fax}</p>
        </li>
        <li>
          <Item>{t("emailTitle")}</Item>
          <p>{t("email")}</p>
        </li>
        <li>
          <Item>{t("meetingTitle")}</Item>
          <p>
            {t("meeting")} {t("mayorTitle")}: <PhoneList numbers={PHONES.mayor} or={t("or")} />
          </p>
        </li>
        <li>
          <Item>{t("boardsTitle")}</Item>
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
