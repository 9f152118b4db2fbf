--liquibase formatted sql

--changeset claimdesk:2026-11-28-14-insight-indexes
-- What the dashboard's panels need on a desk of 100,000 claims (bench/dashboard.md).
-- Reviewer-approver agreement reads every rejection of a proposed verdict (or those of a date range) with the claim it
-- belongs to and when: about one audit entry in twelve, written by Reviews as entity 'review', action
-- 'proposal-rejected'. Partial, so it holds only those and the panel reads them from the index alone; without it, the
-- rejections were picked from every action's entries on the heap.
create index audit_entry_rejection_idx on audit_entry (entity_id, occurred_at)
    where entity_type = 'review' and action = 'proposal-rejected';
-- Claims published per week (the last 12 weeks), and every panel filtered by a publication date range (time to
-- publication, reviewers' output, agreement): the publications of a range of time with their claim, from the index
-- alone. published_verdict_claim_idx (claim_id, published_at) leads with the claim, so a range had to scan all of it.
create index published_verdict_published_idx on published_verdict (published_at, claim_id);
-- Agreement: the claims whose latest proposal was rejected and not proposed again (a few percent of the reviews),
-- without reading every review.
create index review_rejected_idx on review (rejected_at) where rejected_at is not null;
--rollback drop index review_rejected_idx; drop index published_verdict_published_idx; drop index audit_entry_rejection_idx;
