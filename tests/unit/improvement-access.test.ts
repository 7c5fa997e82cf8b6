// Who keeps and reads the improvement-action register (lib/domain/improvement.ts), per role.
import { describe, expect, it } from "vitest";
import { canCreateImprovement, canEditImprovement, canReadImprovements, improvementReadScope } from "@/lib/domain/improvement";
import type { Actor } from "@/lib/domain/access";
import type { Role } from "@/lib/auth/viewer";

const INF = "11111111-1111-4111-8111-111111111111";
const ENV = "22222222-2222-4222-8222-222222222222";
const actor = (role: Role, departmentId: string | null = null): Actor => ({ id: "u", role, departmentId, serviceUnitId: null });

describe("improvement-action rules", () => {
  it("reading: management and the integrity officer all, a head their department, others nothing", () => {
    expect(improvementReadScope(actor("MANAGER"))).toEqual({ all: true });
    expect(improvementReadScope(actor("INTEGRITY", ENV))).toEqual({ all: true });
    expect(improvementReadScope(actor("HEAD", INF))).toEqual({ all: false, departmentId: INF });
    for (const role of ["OFFICER", "CLERK", "ADMIN"] as const) expect(canReadImprovements(actor(role, INF))).toBe("FORBIDDEN");
    expect(canReadImprovements(null)).toBe("UNAUTHENTICATED");
    // A head without a department reads nothing.
    expect(canReadImprovements(actor("HEAD"))).toBe("FORBIDDEN");
  });

  it("creating: management for any department or none, a head for their own only", () => {
    expect(canCreateImprovement(actor("MANAGER"), null)).toBe("ALLOW");
    expect(canCreateImprovement(actor("MANAGER"), ENV)).toBe("ALLOW");
    expect(canCreateImprovement(actor("HEAD", INF), INF)).toBe("ALLOW");
    expect(canCreateImprovement(actor("HEAD", INF), ENV)).toBe("FORBIDDEN");
    expect(canCreateImprovement(actor("HEAD", INF), null)).toBe("FORBIDDEN");
    expect(canCreateImprovement(actor("INTEGRITY", ENV), ENV)).toBe("FORBIDDEN");
  });

  it("editing: another department's action does not exist for a head; the integrity officer reads only", () => {
    expect(canEditImprovement(actor("MANAGER"), { departmentId: null })).toBe("ALLOW");
    expect(canEditImprovement(actor("HEAD", INF), { departmentId: INF })).toBe("ALLOW");
    expect(canEditImprovement(actor("HEAD", INF), { departmentId: ENV })).toBe("NOT_FOUND");
    expect(canEditImprovement(actor("HEAD", INF), { departmentId: null })).toBe("NOT_FOUND");
    expect(canEditImprovement(actor("INTEGRITY", ENV), { departmentId: INF })).toBe("FORBIDDEN");
    expect(canEditImprovement(actor("OFFICER", INF), { departmentId: INF })).toBe("FORBIDDEN");
  });
});
