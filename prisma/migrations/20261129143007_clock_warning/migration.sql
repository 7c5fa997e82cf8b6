-- AlterTable
ALTER TABLE "CaseClock" ADD COLUMN     "warnAt" TIMESTAMPTZ(3);
