-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");
