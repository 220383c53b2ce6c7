-- Pledges recorded on IP rights (质押登记) and the facts the pledge checks need. The partial unique index
-- lets the database itself refuse a second active pledge on the same right.
alter table ip_asset add column pledged boolean not null default false;
alter table ip_asset add column annual_fee_status varchar(16) not null default 'UNKNOWN';
alter table ip_asset add column invalidation_pending boolean not null default false;
alter table ip_asset add column frozen boolean not null default false;

create table ip_pledge (
    id                   bigserial    primary key,
    asset_id             bigint       not null references ip_asset (id),
    pledgor_org_id       bigint       not null,
    pledgee_org_id       bigint       not null,
    reference            varchar(100) not null,
    registration_number  varchar(64),
    registered_on        date,
    released_on          date,
    status               varchar(16)  not null,
    recorded_at          timestamp with time zone not null,
    recorded_by          varchar(64)  not null
);
create unique index ip_pledge_one_active_per_asset on ip_pledge (asset_id) where status = 'ACTIVE';
create index ip_pledge_pledgee_idx on ip_pledge (pledgee_org_id, status);
