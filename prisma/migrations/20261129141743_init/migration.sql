-- CreateEnum
CREATE TYPE "Kind" AS ENUM ('OPINION', 'PROPOSAL', 'COMMENT', 'RECOMMENDATION', 'PRAISE', 'COMPLAINT', 'GRIEVANCE', 'SIGNAL', 'CORRUPTION_SIGNAL', 'WHISTLEBLOWER_REPORT');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'IN_PERSON', 'LETTER', 'EMAIL', 'FAX', 'PHONE', 'MEETING', 'INFO_BOARD');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'AWAITING_CITIZEN', 'FORWARDED', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "NoAnswerReason" AS ENUM ('ANONYMOUS', 'OLDER_THAN_TWO_YEARS', 'ABUSIVE_LANGUAGE', 'PERSONAL_DATA_OR_CLASSIFIED', 'REPEAT_WITHOUT_NEW_FACTS');

-- CreateEnum
CREATE TYPE "ClockType" AS ENUM ('ACKNOWLEDGE', 'DECIDE', 'NOTIFY', 'FORWARD', 'FEEDBACK', 'TARGET');

-- CreateEnum
CREATE TYPE "ClockState" AS ENUM ('RUNNING', 'PAUSED', 'MET', 'WARNED', 'BREACHED');

-- CreateEnum
CREATE TYPE "CalendarOverrideType" AS ENUM ('DAY_OFF', 'WORKING_DAY', 'LOCAL_HOLIDAY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CLERK', 'OFFICER', 'HEAD', 'MANAGER', 'INTEGRITY', 'ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('bg', 'tr', 'en');

-- CreateTable
CREATE TABLE "Department" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceUnit" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "address" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ServiceUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "departmentId" UUID NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KindPolicy" (
    "kind" "Kind" NOT NULL,
    "answerOwed" BOOLEAN NOT NULL,
    "clocks" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KindPolicy_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "CalendarOverride" (
    "date" DATE NOT NULL,
    "type" "CalendarOverrideType" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CalendarOverride_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "Kind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'RECEIVED',
    "locale" "Locale" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "place" TEXT,
    "anonymous" BOOLEAN NOT NULL,
    "answerOwed" BOOLEAN NOT NULL,
    "noAnswerReason" "NoAnswerReason",
    "incidentDate" DATE,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "categoryId" UUID,
    "departmentId" UUID,
    "serviceUnitId" UUID,
    "answerText" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submitter" (
    "caseId" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "consentAt" TIMESTAMPTZ(3),
    "erasedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Submitter_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "CaseClock" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "clock" "ClockType" NOT NULL,
    "dueDate" DATE NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "basis" TEXT NOT NULL,
    "state" "ClockState" NOT NULL DEFAULT 'RUNNING',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "caseId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'bg',
    "passwordHash" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "departmentId" UUID,
    "serviceUnitId" UUID,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceUnit_code_key" ON "ServiceUnit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Category_code_key" ON "Category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_receivedAt_idx" ON "Case"("receivedAt");

-- CreateIndex
CREATE INDEX "Case_departmentId_status_idx" ON "Case"("departmentId", "status");

-- CreateIndex
CREATE INDEX "CaseClock_state_dueAt_idx" ON "CaseClock"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseClock_caseId_clock_key" ON "CaseClock"("caseId", "clock");

-- CreateIndex
CREATE INDEX "Event_caseId_id_idx" ON "Event"("caseId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_serviceUnitId_fkey" FOREIGN KEY ("serviceUnitId") REFERENCES "ServiceUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submitter" ADD CONSTRAINT "Submitter_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClock" ADD CONSTRAINT "CaseClock_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_serviceUnitId_fkey" FOREIGN KEY ("serviceUnitId") REFERENCES "ServiceUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
