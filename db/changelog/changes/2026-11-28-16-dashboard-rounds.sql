--liquibase formatted sql

--changeset claimdesk:2026-11-28-16-dashboard-rounds
-- Reviewer-approver agreement without reading the audit trail (bench/dashboard.md, ADR 0009): whether a publication's
-- review round had a rejection is known when it is published (the review row holds the round's latest rejection until
-- then), so the publication records it. The panel then reads one row per published round instead of joining every
-- rejection in the trail to its claim and every round to its rejections (340 ms unfiltered on 100,000 claims).
alter table published_verdict add column after_rejection boolean not null default false;
-- Publications made before this change: a rejection of the claim after its previous publication (or ever, for a
-- first publication) and not after this one, as the panel read it from the trail until now.
update published_verdict p
   set after_rejection = true
  from claim c
 where c.id = p.claim_id
   and exists (select 1
                 from audit_entry a
                where a.entity_type = 'review' and a.action = 'proposal-rejected'
                  and a.entity_id = c.public_id::text
                  and a.occurred_at <= p.published_at
                  and a.occurred_at > coalesce((select previous.published_at
                                                  from correction k
                                                  join published_verdict previous on previous.id = k.previous_id
                                                 where k.current_id = p.id), '-infinity'));
-- Time to publication reads each first publication with its claim's creation: from this index alone, in the claims'
-- order, instead of the wide claim rows.
create index claim_created_cover_idx on claim (id) include (created_at);
--rollback drop index claim_created_cover_idx; alter table published_verdict drop column after_rejection;
