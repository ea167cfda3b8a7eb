-- Notifications: the outbox of e-mail to send, and the demo run's local mailbox.
create schema if not exists notifications;

create table notifications.outbox (
    id           uuid primary key,
    to_address   varchar(254)  not null,
    subject      varchar(300)  not null,
    text_body    text          not null,
    html_body    text          not null,
    created_at   timestamp with time zone not null,
    next_attempt timestamp with time zone not null,
    attempts     integer       not null,
    sent_at      timestamp with time zone,
    last_error   varchar(1000)
);
create index outbox_due on notifications.outbox (sent_at, next_attempt);

create table notifications.local_mailbox (
    id           uuid primary key,
    to_address   varchar(254) not null,
    subject      varchar(300) not null,
    text_body    text         not null,
    html_body    text         not null,
    delivered_at timestamp with time zone not null
);
