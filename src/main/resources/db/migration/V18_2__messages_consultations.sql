-- Consultations (意见征集) and surveys (调查): a draft put out for comment for a period with its explanation, the
-- comments (moderated), the adoption feedback (采纳情况) and the final document in the catalogue (its item id).
create table consultation (
    id                 bigserial primary key,
    unit_code          varchar(40)  not null,
    kind               varchar(30)  not null,
    title              varchar(200) not null,
    draft_text         text         not null,
    explanation        text         not null,
    opens_on           date         not null,
    closes_on          date         not null,
    feedback           text,
    feedback_on        date,
    final_item_id      bigint,
    created_by         varchar(100) not null,
    created_at         timestamptz  not null,
    check (closes_on >= opens_on)
);
create index consultation_period on consultation (opens_on, closes_on);
create index consultation_final_item on consultation (final_item_id);

create table consultation_comment (
    id               bigserial primary key,
    consultation_id  bigint       not null references consultation (id),
    author_name      varchar(100),
    author_contact   varchar(200),
    text             text         not null,
    public_text      text         not null,
    submitted_at     timestamptz  not null,
    moderation       varchar(20)  not null,
    moderated_by     varchar(100),
    adoption         varchar(20),
    adoption_reason  text
);
create index consultation_comment_consultation on consultation_comment (consultation_id);

create table survey_question (
    id               bigserial primary key,
    consultation_id  bigint       not null references consultation (id),
    position         int          not null,
    text             varchar(300) not null,
    options          text[]       not null
);
create index survey_question_consultation on survey_question (consultation_id);

create table survey_answer (
    id            bigserial primary key,
    question_id   bigint      not null references survey_question (id),
    option_index  int         not null,
    answered_at   timestamptz not null
);
create index survey_answer_question on survey_answer (question_id);
