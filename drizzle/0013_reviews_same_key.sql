ALTER TABLE "reviews" ADD COLUMN "same_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_same_uq" ON "reviews" USING btree ("org_id","same_key") WHERE "reviews"."same_key" is not null;