// A TOTP code is accepted once (RFC 6238 §5.2): the last accepted time step is kept on
// the user's row and moved forward by one atomic UPDATE, so a code (or an earlier one)
// used on any instance is refused on every other.
import { prisma } from "@/lib/db/client";
import { totpStep } from "@/lib/auth/totp";

export async function verifyTotp(secret: string, code: string, options: { userId: string; now?: number }): Promise<boolean> {
  const step = totpStep(secret, code, options.now ?? Date.now());
  if (step === null) return false;
  const db = await prisma();
  const { count } = await db.user.updateMany({
    where: { id: options.userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}
