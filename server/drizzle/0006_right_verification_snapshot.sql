ALTER TABLE "rights" ADD COLUMN "verification" jsonb;--> statement-breakpoint
-- Backfill: the same value right-snapshot.ts's snapshotSql builds; rows left null would still be
-- answered (loadOne falls back to the tables), only more slowly.
UPDATE "rights" r SET "verification" = jsonb_build_object(
  'numbers', (select coalesce(jsonb_agg(jsonb_build_object('kind', n.kind, 'value', n.value)), '[]'::jsonb) from right_numbers n where n.right_id = r.id),
  'holders', (select coalesce(jsonb_agg(jsonb_build_object('role', h.role, 'position', h.position, 'validFrom', h.valid_from, 'validTo', h.valid_to, 'data', h.data, 'name', p.name, 'uscc', p.uscc, 'kind', p.kind) order by h.position), '[]'::jsonb) from right_holders h join parties p on p.id = h.party_id where h.right_id = r.id),
  'events', (select coalesce(jsonb_agg(jsonb_build_object('type', e.type, 'date', e.date, 'detail', e.detail) order by e.position), '[]'::jsonb) from right_events e where e.right_id = r.id));
