-- "Recovered" has one definition (server/src/services/cases/recovered-sql.ts): the rating now is above the rating
-- when we first replied. The stored signal follows it from here on; bring what earlier edits stored in line with it
-- (a text edit alone, or a rating that has fallen back, is no longer a recovery).
UPDATE "reviews" AS r SET "recovered_at" = CASE WHEN s.is_recovered THEN coalesce(r."recovered_at", now()) END
FROM (
  SELECT rr.org_id, rr.id, (rv.rating IS NOT NULL AND rr.rating > rv.rating) AS is_recovered
  FROM "reviews" rr
  LEFT JOIN LATERAL (
    SELECT least(min(p.approved_at), CASE WHEN rr.owner_reply->>'updatedAt' ~ '^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d'
      THEN (rr.owner_reply->>'updatedAt')::timestamptz END) AS first_reply_at
    FROM "replies" p WHERE p.org_id = rr.org_id AND p.review_id = rr.id
  ) fr ON true
  LEFT JOIN LATERAL (
    SELECT v.rating FROM "review_versions" v
    WHERE v.org_id = rr.org_id AND v.review_id = rr.id AND v.captured_at > fr.first_reply_at
    ORDER BY v.version LIMIT 1
  ) rv ON true
  WHERE rr.recovered_at IS NOT NULL
    OR EXISTS (SELECT 1 FROM "review_versions" v WHERE v.org_id = rr.org_id AND v.review_id = rr.id)
) AS s
WHERE r.org_id = s.org_id AND r.id = s.id AND s.is_recovered = (r."recovered_at" IS NULL);
--> statement-breakpoint
UPDATE "recovery_cases" AS c SET "recovered_at" = r."recovered_at"
FROM "reviews" r
WHERE r.org_id = c.org_id AND r.id = c.review_id AND (c."recovered_at" IS NULL) <> (r."recovered_at" IS NULL);
