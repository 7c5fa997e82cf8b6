// What the case page's action forms send and get back. Shared by the server action
// (actions.ts) and the form (action-form.tsx); no server-only imports.

/** Every form on the case page; each posts to caseAction with its verb. */
export const CASE_VERBS = [
  "triage",
  "assign",
  "transfer",
  "requestInformation",
  "informationReceived",
  "forward",
  "merge",
  "decideNoAnswer",
  "draft",
  "approve",
  "send",
  "close",
  "reopen",
  "note",
  "attach",
] as const;
export type CaseVerb = (typeof CASE_VERBS)[number];

export function isCaseVerb(value: unknown): value is CaseVerb {
  return typeof value === "string" && (CASE_VERBS as readonly string[]).includes(value);
}

/** What the server hands back when an action failed (success redirects to the case page). */
export interface CaseActionState {
  /** Increments with every answer, so the form knows a new one arrived (focus moves to it). */
  attempt: number;
  /** What was typed, shown again (never files). */
  values: Record<string, string>;
  /** Already in the user's language. */
  fieldErrors: { field: string; message: string }[];
  formError: string | null;
}

export const initialCaseActionState: CaseActionState = { attempt: 0, values: {}, fieldErrors: [], formError: null };

export interface ChoiceOption {
  value: string;
  label: string;
}

/** One field of an action form, with its texts already localised by the page. */
export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "file" | "checkbox" | "hidden";
  hint?: string;
  required?: boolean;
  /** Select: options, or groups of options (categories by department). */
  options?: ChoiceOption[];
  groups?: { label: string; options: ChoiceOption[] }[];
  defaultValue?: string;
  maxLength?: number;
  /** Textarea height: "short" for a question or note. */
  size?: "short" | "long";
  /** Date bounds (YYYY-MM-DD); file: accepted types. */
  min?: string;
  max?: string;
  accept?: string;
}
