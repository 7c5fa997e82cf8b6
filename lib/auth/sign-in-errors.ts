/** `?error=` codes after a failed sign-in through next-auth's endpoint; the sign-in page words them. */
export const SIGN_IN_ERROR = {
  invalid: "CredentialsSignin",
  disabled: "AccountDisabled",
  totpRequired: "TotpRequired",
  totpInvalid: "TotpInvalid",
  /** Followed by "-<minutes>". */
  rateLimited: "RateLimited",
} as const;
