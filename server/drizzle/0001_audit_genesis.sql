-- The audit chain starts from a fixed genesis hash; writers lock this row to append in turn.
INSERT INTO "audit_head" ("id", "seq", "hash")
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')
ON CONFLICT ("id") DO NOTHING;
