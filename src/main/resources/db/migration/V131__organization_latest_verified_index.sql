-- The home page lists the latest verified members (status = 'VERIFIED' order by reviewed_at desc, id desc).
-- Without this index PostgreSQL sorts every verified organisation, 50,000 at provincial scale, for six rows.
create index organization_latest_verified_idx on organization (status, reviewed_at desc, id desc);
