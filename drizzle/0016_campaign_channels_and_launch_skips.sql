ALTER TABLE "campaigns" ADD COLUMN "channel" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "sms_template" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "launch_skips" jsonb;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD COLUMN "sms_outbox_id" uuid;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD COLUMN "clicked_via" text;