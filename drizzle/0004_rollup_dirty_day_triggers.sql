-- Custom SQL migration file, put your code below! --
-- Rollups go stale when reviews, replies or feedback requests change. These statement-level triggers append the
-- affected (org, UTC day) pairs to rollup_dirty_days; refreshRollups and the rollup worker recompute them.
-- Appending (never updating) keeps concurrent writers from waiting on each other or deadlocking.
CREATE OR REPLACE FUNCTION rebound_mark_review_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT n.org_id, (coalesce(n.published_at, n.first_seen_at) AT TIME ZONE 'UTC')::date FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT o.org_id, (coalesce(o.published_at, o.first_seen_at) AT TIME ZONE 'UTC')::date FROM old_rows o;
  ELSE
    -- Only columns the rollups read: a poll touching last_seen_at marks nothing.
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT c.org_id, d.day
      FROM (
        SELECT n.org_id,
               (coalesce(n.published_at, n.first_seen_at) AT TIME ZONE 'UTC')::date AS day_new,
               (coalesce(o.published_at, o.first_seen_at) AT TIME ZONE 'UTC')::date AS day_old
        FROM new_rows n JOIN old_rows o ON o.org_id = n.org_id AND o.id = n.id
        WHERE (o.rating, o.label, o.themes, o.status, o.published_at, o.first_seen_at, o.location_id, o.source_id,
               o.owner_reply, o.is_escalated, o.version, o.recovered_at)
          IS DISTINCT FROM
              (n.rating, n.label, n.themes, n.status, n.published_at, n.first_seen_at, n.location_id, n.source_id,
               n.owner_reply, n.is_escalated, n.version, n.recovered_at)
      ) c
      CROSS JOIN LATERAL (VALUES (c.day_new), (c.day_old)) AS d(day);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rebound_mark_reply_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT r.org_id, (coalesce(r.published_at, r.first_seen_at) AT TIME ZONE 'UTC')::date
      FROM new_rows n JOIN reviews r ON r.org_id = n.org_id AND r.id = n.review_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT r.org_id, (coalesce(r.published_at, r.first_seen_at) AT TIME ZONE 'UTC')::date
      FROM old_rows o JOIN reviews r ON r.org_id = o.org_id AND r.id = o.review_id;
  ELSE
    -- Rollups read a reply's review and approval time; posting progress marks nothing.
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT r.org_id, (coalesce(r.published_at, r.first_seen_at) AT TIME ZONE 'UTC')::date
      FROM new_rows n
      JOIN old_rows o ON o.org_id = n.org_id AND o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.review_id), (o.review_id)) AS x(review_id)
      JOIN reviews r ON r.org_id = n.org_id AND r.id = x.review_id
      WHERE (o.review_id, o.approved_at) IS DISTINCT FROM (n.review_id, n.approved_at);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rebound_mark_feedback_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT n.org_id, (n.created_at AT TIME ZONE 'UTC')::date FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT o.org_id, (o.created_at AT TIME ZONE 'UTC')::date FROM old_rows o;
  ELSE
    INSERT INTO rollup_dirty_days (org_id, day)
      SELECT DISTINCT n.org_id, d.day
      FROM new_rows n
      JOIN old_rows o ON o.org_id = n.org_id AND o.id = n.id
      CROSS JOIN LATERAL (VALUES ((n.created_at AT TIME ZONE 'UTC')::date), ((o.created_at AT TIME ZONE 'UTC')::date)) AS d(day)
      WHERE (o.status, o.sent_at, o.opened_at, o.clicked_at, o.answered_at, o.public_clicked_at, o.score, o.is_unhappy,
             o.location_id, o.campaign_id, o.created_at)
        IS DISTINCT FROM
            (n.status, n.sent_at, n.opened_at, n.clicked_at, n.answered_at, n.public_clicked_at, n.score, n.is_unhappy,
             n.location_id, n.campaign_id, n.created_at);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reviews_rollup_insert AFTER INSERT ON reviews REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_review_days();
--> statement-breakpoint
CREATE TRIGGER reviews_rollup_update AFTER UPDATE ON reviews REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_review_days();
--> statement-breakpoint
CREATE TRIGGER reviews_rollup_delete AFTER DELETE ON reviews REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_review_days();
--> statement-breakpoint
CREATE TRIGGER replies_rollup_insert AFTER INSERT ON replies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_reply_days();
--> statement-breakpoint
CREATE TRIGGER replies_rollup_update AFTER UPDATE ON replies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_reply_days();
--> statement-breakpoint
CREATE TRIGGER replies_rollup_delete AFTER DELETE ON replies REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_reply_days();
--> statement-breakpoint
CREATE TRIGGER feedback_requests_rollup_insert AFTER INSERT ON feedback_requests REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_feedback_days();
--> statement-breakpoint
CREATE TRIGGER feedback_requests_rollup_update AFTER UPDATE ON feedback_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_feedback_days();
--> statement-breakpoint
CREATE TRIGGER feedback_requests_rollup_delete AFTER DELETE ON feedback_requests REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rebound_mark_feedback_days();
