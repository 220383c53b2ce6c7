-- Imports of legal-status feeds (法律状态公告) and the rows they could not apply. A rejected row keeps the
-- application number, date and text as written, so nothing of the file is lost.
create table legal_status_import (
    id               uuid         primary key,
    organization_id  bigint       not null,
    created_by       varchar(64)  not null,
    file_name        varchar(255) not null,
    status           varchar(16)  not null,
    total            integer      not null default 0,
    applied          integer      not null default 0,
    unchanged        integer      not null default 0,
    rejected         integer      not null default 0,
    failure_key      varchar(100),
    failure_argument varchar(300),
    created_at       timestamp with time zone not null,
    finished_at      timestamp with time zone
);
create index legal_status_import_created_idx on legal_status_import (created_at desc);

create table legal_status_import_problem (
    import_id           uuid         not null references legal_status_import (id) on delete cascade,
    position            integer      not null,
    row_number          integer      not null,
    application_number  varchar(100),
    event_date          varchar(40),
    event_text          varchar(500),
    reason_key          varchar(100) not null,
    primary key (import_id, position)
);

-- The event kind and the feed it came from, so that importing the same feed twice records nothing new.
alter table ip_legal_status_event add column event_kind varchar(40);
create index ip_legal_status_event_feed_idx on ip_legal_status_event (asset_id, event_kind, effective_date);
