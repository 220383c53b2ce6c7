-- In-app notifications (站内信). One row per recipient user; a notification to an organisation is fanned out
-- to its users when sent. The text is stored as a message key with arguments and rendered in the reader's
-- language when shown.
create table notification (
    id           bigserial    primary key,
    recipient    varchar(64)  not null,
    category     varchar(60)  not null,
    message_key  varchar(120) not null,
    arguments    text         not null,
    link         varchar(500),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone
);
create index notification_recipient_idx on notification (recipient, created_at desc);
create index notification_unread_idx on notification (recipient) where read_at is null;
