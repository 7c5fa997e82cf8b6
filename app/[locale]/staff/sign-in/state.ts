export type SignInField = "email" | "password" | "code";

export type SignInOutcome =
  | { type: "missing"; fields: SignInField[] }
  /** Unknown e-mail and wrong password look the same. */
  | { type: "invalid" }
  | { type: "disabled" }
  | { type: "codeInvalid" }
  | { type: "rateLimited"; minutes: number }
  /** The "password accepted" step expired (5 minutes). */
  | { type: "expired" }
  | { type: "error" };

export interface SignInState {
  attempt: number;
  email: string;
  /** "code" after a right password for an account with TOTP. */
  step: "password" | "code";
  /** Encrypted proof of step one, carried by the code form (lib/auth/sign-in.ts). */
  pendingToken: string | null;
  outcome: SignInOutcome | null;
}

export const initialSignInState: SignInState = { attempt: 0, email: "", step: "password", pendingToken: null, outcome: null };
