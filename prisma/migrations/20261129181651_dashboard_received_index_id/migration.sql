-- DropIndex
DROP INDEX "Case_dashboard_received_idx";

-- CreateIndex
CREATE INDEX "Case_dashboard_received_idx" ON "Case"("receivedAt", "kind", "departmentId", "channel", "serviceUnitId", "categoryId", "locale", "anonymous", "answerOwed", "noAnswerReason", "answeredAt", "nextDueAt", "metOnTime", "metLate", "id");
