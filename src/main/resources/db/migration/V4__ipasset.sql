-- The IP registry: patents, trademarks and software copyrights with their legal-status history,
-- and the import jobs that fill it from patent-database exports.
create table ip_asset (
    id                     bigserial     primary key,
    registry               varchar(16)   not null,
    kind                   varchar(32)   not null,
    number                 varchar(64)   not null,
    foreign_number         boolean       not null default false,
    office                 varchar(8)    not null,
    title                  varchar(500)  not null,
    title_en               varchar(500),
    abstract_text          text,
    owners                 varchar(2000) not null,
    owner_keys             varchar(2000) not null,
    owner_organization_id  bigint,
    inventors              varchar(2000),
    publication_number     varchar(64),
    filing_date            date,
    publication_date       date,
    grant_date             date,
    classification         varchar(2000),
    main_classification    varchar(64),
    claims_count           integer,
    family_size            integer,
    legal_status           varchar(24)   not null,
    legal_status_text      varchar(200),
    source                 varchar(16)   not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                bigint        not null default 0,
    constraint ip_asset_number_uk unique (registry, number)
);
create index ip_asset_owner_idx on ip_asset (owner_organization_id);
create index ip_asset_updated_idx on ip_asset (updated_at desc);

create table ip_legal_status_event (
    id              bigserial    primary key,
    asset_id        bigint       not null references ip_asset (id) on delete cascade,
    legal_status    varchar(24)  not null,
    status_text     varchar(200),
    effective_date  date,
    note            varchar(500),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(64)
);
create index ip_legal_status_event_asset_idx on ip_legal_status_event (asset_id, recorded_at);

create table import_job (
    id               uuid         primary key,
    organization_id  bigint       not null,
    created_by       varchar(64)  not null,
    file_name        varchar(255) not null,
    status           varchar(16)  not null,
    total            integer      not null default 0,
    processed        integer      not null default 0,
    imported         integer      not null default 0,
    updated          integer      not null default 0,
    rejected         integer      not null default 0,
    failure_message  varchar(1000),
    created_at       timestamp with time zone not null,
    finished_at      timestamp with time zone
);
create index import_job_organization_idx on import_job (organization_id, created_at desc);

create table import_job_error (
    id           bigserial    primary key,
    job_id       uuid         not null references import_job (id) on delete cascade,
    row_number   integer      not null,
    column_name  varchar(100),
    message_key  varchar(100)  not null,
    arguments    varchar(2000)
);
create index import_job_error_job_idx on import_job_error (job_id, row_number);
