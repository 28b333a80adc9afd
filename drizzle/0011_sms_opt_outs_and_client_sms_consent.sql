CREATE TABLE "sms_opt_outs" (
	"phone" text PRIMARY KEY NOT NULL,
	"keyword" text NOT NULL,
	"message_sid" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "sms_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "sms_consent_source" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "sms_consent_wording" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "sms_consent_by" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "time_zone" text;