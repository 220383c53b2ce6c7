-- User accounts, sign-in throttling and API bearer tokens. A user acts for exactly one organisation.
create table user_account (
    id               bigserial    primary key,
    username         varchar(64)  not null,
    password_hash    varchar(100) not null,
    display_name     varchar(100),
    role             varchar(32)  not null,
    organization_id  bigint       not null,
    enabled          boolean      not null default true,
    failed_sign_ins  integer      not null default 0,
    locked_until     timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    constraint user_account_username_uk unique (username)
);
create index user_account_organization_idx on user_account (organization_id);

-- Only the SHA-256 hash of a token is stored, so a database dump reveals no usable token.
create table api_token (
    id          bigserial   primary key,
    token_hash  varchar(64) not null,
    user_id     bigint      not null references user_account (id) on delete cascade,
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint api_token_hash_uk unique (token_hash)
);
