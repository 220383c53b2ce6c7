-- Consent of an enterprise that another organisation may read its credit file, and the log of every view.
create table credit_file_grant (
    id             bigserial     primary key,
    enterprise_id  bigint        not null,
    grantee_id     bigint        not null,
    purpose        varchar(200)  not null,
    granted_at     timestamp with time zone not null,
    granted_by     varchar(64)   not null,
    expires_at     timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    version        bigint        not null default 0
);
create index credit_file_grant_pair_idx on credit_file_grant (enterprise_id, grantee_id);
create index credit_file_grant_grantee_idx on credit_file_grant (grantee_id);

create table credit_file_view (
    id                      bigserial    primary key,
    enterprise_id           bigint       not null,
    viewer_organization_id  bigint       not null,
    viewer_username         varchar(64)  not null,
    grant_id                bigint,
    purpose                 varchar(200) not null,
    viewed_at               timestamp with time zone not null
);
create index credit_file_view_enterprise_idx on credit_file_view (enterprise_id, viewed_at desc);
