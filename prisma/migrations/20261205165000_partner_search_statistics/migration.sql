-- partner_other_names rebuilt the partners' search-text indexes, and PostgreSQL keeps the
-- statistics of an expression index's values only from the table's next ANALYZE: until then
-- it estimated 2 partners for a word 2,000 of 20,000 have, and a plan built on that can be
-- slow. Autovacuum analyzes only after a tenth of the rows change, which an office's partners
-- rarely do; so the statistics are gathered here, in well under a second at that size. Not on
-- an empty table (a new installation, a test database): statistics saying "empty" would
-- outlive the first partners until autovacuum's next visit, and steer plans away from the
-- indexes meanwhile.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Partner") THEN
    ANALYZE "Partner";
  END IF;
END
$$;
