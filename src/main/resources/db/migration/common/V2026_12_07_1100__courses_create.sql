-- Courses: packages operators import (lessons and quizzes), which agencies offer, and what each person does with
-- them: enrolments, progress per lesson, quiz attempts with their answers, and certificates anyone can verify.
create schema if not exists courses;

create table courses.course (
    id          uuid primary key,
    code        varchar(40)   not null unique,
    title       varchar(200)  not null,
    description varchar(2000) not null,
    language    varchar(35)   not null,
    hours       numeric(5, 1) not null check (hours > 0),
    sha256      char(64)      not null,
    imported_by uuid          not null,
    imported_at timestamp with time zone not null
);

create table courses.prerequisite (
    course_id     uuid        not null references courses.course (id),
    requires_code varchar(40) not null,
    primary key (course_id, requires_code)
);

create table courses.lesson (
    course_id uuid         not null references courses.course (id),
    id        varchar(40)  not null,
    position  integer      not null,
    title     varchar(200) not null,
    kind      varchar(10)  not null check (kind in ('TEXT', 'PDF')),
    file_key  varchar(200) not null,
    minutes   integer      not null check (minutes between 1 and 600),
    primary key (course_id, id)
);

create table courses.quiz (
    course_id    uuid           not null references courses.course (id),
    id           varchar(40)    not null,
    position     integer        not null,
    title        varchar(200)   not null,
    pass_percent integer        not null check (pass_percent between 1 and 100),
    max_attempts integer        not null check (max_attempts between 1 and 20),
    -- the questions as the package gave them (JSON): text, choices and the right one, or a number and a tolerance
    questions    varchar(100000) not null,
    primary key (course_id, id)
);

-- The courses an agency offers at its facilities (free: no price yet).
create table courses.offering (
    agency_id  uuid not null,
    course_id  uuid not null references courses.course (id),
    offered_by uuid not null,
    offered_at timestamp with time zone not null,
    primary key (agency_id, course_id)
);

create table courses.enrolment (
    id           uuid primary key,
    inmate_id    uuid        not null,
    agency_id    uuid        not null,
    facility_id  uuid        not null,
    course_id    uuid        not null references courses.course (id),
    status       varchar(12) not null check (status in ('ENROLLED', 'COMPLETED', 'WITHDRAWN')),
    enrolled_at  timestamp with time zone not null,
    completed_at timestamp with time zone,
    unique (inmate_id, course_id)
);
create index enrolment_by_agency_completed on courses.enrolment (agency_id, completed_at);

create table courses.lesson_progress (
    enrolment_id uuid        not null references courses.enrolment (id),
    lesson_id    varchar(40) not null,
    -- time on task: added up from each opening of the lesson to its completion (at most three times its length)
    seconds      integer     not null check (seconds >= 0),
    opened_at    timestamp with time zone,
    completed_at timestamp with time zone,
    primary key (enrolment_id, lesson_id)
);

create table courses.attempt (
    id           uuid primary key,
    enrolment_id uuid          not null references courses.enrolment (id),
    quiz_id      varchar(40)   not null,
    number       integer       not null,
    answers      varchar(20000) not null,
    score        integer       not null,
    passed       boolean       not null,
    at           timestamp with time zone not null,
    unique (enrolment_id, quiz_id, number)
);

-- What a certificate says, as it was issued: verification shows this and nothing else.
create table courses.certificate (
    id           uuid primary key,
    enrolment_id uuid          not null unique references courses.enrolment (id),
    code         varchar(20)   not null unique,
    person_name  varchar(200)  not null,
    course_title varchar(200)  not null,
    hours        numeric(5, 1) not null,
    completed_on date          not null,
    agency_name  varchar(200)  not null,
    issued_at    timestamp with time zone not null
);
