--liquibase formatted sql

--changeset claimdesk:2026-11-28-09-queue-indexes
-- the queues' rating filter: the claims whose verdict has a given rating, read from the index alone
create index verdict_rating_idx on verdict (rating_id, claim_id);
-- the queues' claim-date sort, newest first with undated claims last (the existing claim_claim_date_idx
-- gives the oldest first), and claim-date ranges counted from the index alone
create index claim_claim_date_desc_idx on claim (claim_date desc nulls last, id desc);
--rollback drop index claim_claim_date_desc_idx; drop index verdict_rating_idx;
