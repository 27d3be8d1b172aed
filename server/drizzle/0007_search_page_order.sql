DROP INDEX "rights_filing_idx";--> statement-breakpoint
CREATE INDEX "rights_filing_order_idx" ON "rights" USING btree ("filing_date" DESC NULLS LAST,"id" DESC NULLS FIRST);