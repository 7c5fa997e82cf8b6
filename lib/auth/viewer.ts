// The signed-in staff member as every use case sees them. Built from the session on
// each request (HTTP and WebSocket alike) by lib/auth; null for citizens.
import type { Locale } from "@/lib/domain/kinds";

export const ROLES = ["CLERK", "OFFICER", "HEAD", "MANAGER", "INTEGRITY", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Officers and heads belong to a department; the integrity officer to the integrity unit. */
  departmentId: string | null;
  /** Clerks belong to a front-office service unit. */
  serviceUnitId: string | null;
  locale: Locale;
  /** Bumped on sign-out and disabling; a session carrying an older value is dead. */
  sessionVersion: number;
}
