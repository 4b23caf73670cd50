/**
 * SQL over `"escrow"."cod_parcels" p`: a delivered parcel whose courier still owes cash (see `codOutstanding`:
 * remitted below what it collected, or the order total when it did not say, capped at the order total). The
 * first comparison is the predicate of the partial index `cod_parcels_unremitted_idx`, so PostgreSQL can use it.
 */
export const OWING_SQL = `p."delivered_at" IS NOT NULL AND p."remitted_amount" < coalesce(p."collected_amount", p."expected_amount")
  AND p."remitted_amount" < p."expected_amount" AND p."refused_at" IS NULL AND p."courier_id" IS NOT NULL`;

/** SQL: what the courier still owes for a parcel matching {@link OWING_SQL}, whole VND (bigint). */
export const OUTSTANDING_SQL = `(least(coalesce(p."collected_amount", p."expected_amount"), p."expected_amount") - p."remitted_amount")`;
