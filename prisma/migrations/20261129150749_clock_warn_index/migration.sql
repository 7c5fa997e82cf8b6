-- CreateIndex
CREATE INDEX "CaseClock_state_warnAt_idx" ON "CaseClock"("state", "warnAt");
