-- Letters sent by post: the registered mail number and the day it was posted, one record per letter.
create table request_letter_mail (
    letter_id   bigint      primary key references request_letter (id),
    mail_number varchar(40) not null,
    posted_on   date        not null,
    recorded_by varchar(60) not null,
    recorded_at timestamptz not null
);
