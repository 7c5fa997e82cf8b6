export interface CodeFormState {
  attempt: number;
  outcome: null | "missing" | "invalid" | "error";
}

export const initialCodeFormState: CodeFormState = { attempt: 0, outcome: null };
