-- Holiday notices imported by an administrator (years beyond those bundled with the application, or corrected
-- ones). A year counts as loaded only with its notice; its days are the holidays and make-up working days.
create table calendar_year (
    year      int          primary key,
    source    varchar(200) not null,
    papers    text         not null default '',
    loaded_at timestamptz  not null,
    loaded_by varchar(60)  not null
);

create table calendar_day (
    year    int          not null references calendar_year (year) on delete cascade,
    date    date         not null,
    off_day boolean      not null,
    name    varchar(60)  not null,
    primary key (year, date)
);
