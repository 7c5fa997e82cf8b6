-- AlterEnum
ALTER TYPE "ClockState" ADD VALUE 'STOPPED';

-- AlterTable
-- Hand-edited: the engine writes "searchVector" as a DEFAULT, which cannot read other
-- columns; GENERATED … STORED keeps it in step with subject and body on every write.
-- The drift check reads a generated column's expression back as its dbgenerated
-- default, so schema.prisma and this file still agree (npm run db:check).
ALTER TABLE "Case" ADD COLUMN     "nextDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, translate(lower(((subject || ' '::text) || body)), 'ı'::text, 'i'::text))) STORED,
ADD COLUMN     "submitterConfidential" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "CaseClock" ADD COLUMN     "metAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Case_nextDueAt_id_idx" ON "Case"("nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Case_searchVector_idx" ON "Case" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_noAnswerById_fkey" FOREIGN KEY ("noAnswerById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerDraft" ADD CONSTRAINT "AnswerDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerDraft" ADD CONSTRAINT "AnswerDraft_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
