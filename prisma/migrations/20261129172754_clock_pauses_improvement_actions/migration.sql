-- CreateEnum
CREATE TYPE "ImprovementStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "ClockPause" (
    "id" UUID NOT NULL,
    "clockId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "startedById" UUID,
    "endedAt" TIMESTAMPTZ(3),
    "endedById" UUID,
    "daysAdded" INTEGER,

    CONSTRAINT "ClockPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "departmentId" UUID,
    "dueDate" DATE,
    "status" "ImprovementStatus" NOT NULL DEFAULT 'PLANNED',
    "completedAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementActionCase" (
    "actionId" UUID NOT NULL,
    "caseId" UUID NOT NULL,

    CONSTRAINT "ImprovementActionCase_pkey" PRIMARY KEY ("actionId","caseId")
);

-- CreateIndex
CREATE INDEX "ClockPause_clockId_startedAt_idx" ON "ClockPause"("clockId", "startedAt");

-- CreateIndex
CREATE INDEX "ImprovementAction_status_dueDate_idx" ON "ImprovementAction"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ImprovementActionCase_caseId_idx" ON "ImprovementActionCase"("caseId");

-- AddForeignKey
ALTER TABLE "ClockPause" ADD CONSTRAINT "ClockPause_clockId_fkey" FOREIGN KEY ("clockId") REFERENCES "CaseClock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementActionCase" ADD CONSTRAINT "ImprovementActionCase_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ImprovementAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementActionCase" ADD CONSTRAINT "ImprovementActionCase_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
