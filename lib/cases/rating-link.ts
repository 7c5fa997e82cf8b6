// Whether a rating link (the one-time token from the answer e-mail) can still be used,
// so the page tells a citizen at once that a used link is spent, instead of after they
// wrote a comment. Says nothing about which case it is. rateService decides again when
// the rating is sent (two tabs: one wins).
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/security/one-time-token";

export async function ratingLinkOpen(token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const db = await prisma();
  const row = await db.rating.findUnique({ where: { tokenHash: hashToken("rating", token) }, select: { ratedAt: true } });
  return row !== null && row.ratedAt === null;
}
