// The fields of an improvement action, shared by the create and edit forms. Server-rendered
// (errors next to their fields, values kept after a refused post): no JavaScript needed.
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer";
import { IMPROVEMENT_STATUSES } from "@/lib/domain/improvement";
import { IMPROVEMENT_LIMITS } from "@/lib/improvement/actions";
import type { Feedback } from "../admin/feedback";
import { SettingsField } from "../admin/settings-field";

export type ImprovementValues = Record<"title" | "description" | "owner" | "dueDate" | "status" | "departmentCode", string>;

export async function ImprovementFields(props: {
  prefix: string;
  viewer: Viewer;
  values: ImprovementValues;
  feedback: Feedback;
  departments: { code: string; name: string }[];
}) {
  const t = await getTranslations("improvements");
  const { prefix, values: v, feedback } = props;
  const id = (f: string) => `${prefix}-${f}`;
  return (
    <>
      <SettingsField id={id("title")} field="title" label={t("fields.title")} feedback={feedback}>
        {(aria) => <input id={id("title")} name="title" type="text" className="input" required maxLength={IMPROVEMENT_LIMITS.title.max} defaultValue={v.title} {...aria} />}
      </SettingsField>
      <SettingsField id={id("description")} field="description" label={t("fields.description")} hint={t("fields.descriptionHint")} feedback={feedback}>
        {(aria) => <textarea id={id("description")} name="description" className="input" rows={5} required maxLength={IMPROVEMENT_LIMITS.description.max} defaultValue={v.description} {...aria} />}
      </SettingsField>
      <SettingsField id={id("owner")} field="owner" label={t("fields.owner")} hint={t("fields.ownerHint")} feedback={feedback}>
        {(aria) => <input id={id("owner")} name="owner" type="text" className="input" required maxLength={IMPROVEMENT_LIMITS.owner.max} defaultValue={v.owner} {...aria} />}
      </SettingsField>
      <SettingsField id={id("dueDate")} field="dueDate" label={t("fields.dueDate")} hint={t("fields.dueDateHint")} feedback={feedback}>
        {(aria) => <input id={id("dueDate")} name="dueDate" type="date" className="input input--date" defaultValue={v.dueDate} {...aria} />}
      </SettingsField>
      <SettingsField id={id("status")} field="status" label={t("fields.status")} feedback={feedback}>
        {(aria) => (
          <select id={id("status")} name="status" className="input select" defaultValue={v.status || "PLANNED"} {...aria}>
            {IMPROVEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      {props.viewer.role === "MANAGER" ? (
        <SettingsField id={id("departmentCode")} field="departmentCode" label={t("fields.department")} feedback={feedback}>
          {(aria) => (
            <select id={id("departmentCode")} name="departmentCode" className="input select" defaultValue={v.departmentCode} {...aria}>
              <option value="">{t("wholeMunicipality")}</option>
              {props.departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </SettingsField>
      ) : (
        // A head's actions are their own department's (lib/domain/improvement.ts).
        <input type="hidden" name="departmentCode" value={v.departmentCode} />
      )}
    </>
  );
}
