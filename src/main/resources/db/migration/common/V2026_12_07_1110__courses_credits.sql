-- Earned time: an agency's rule (days of credit per completed course, at most so many a month, which courses count),
-- the credit each completion earns under the rule in force, and the records staff's approval of it, once.
create table courses.credit_rule (
    agency_id          uuid primary key,
    days_per_course    integer      not null check (days_per_course between 1 and 365),
    max_days_per_month integer check (max_days_per_month between 1 and 365),
    -- the codes of the courses that count, comma-separated; none: every course the agency offers
    course_codes       varchar(2000),
    updated_by         uuid         not null,
    updated_at         timestamp with time zone not null
);

create table courses.credit (
    enrolment_id uuid primary key references courses.enrolment (id),
    agency_id    uuid        not null,
    facility_id  uuid        not null,
    inmate_id    uuid        not null,
    course_id    uuid        not null references courses.course (id),
    -- the first day of the month the course was completed in (the agency's report is by month)
    credit_month date        not null,
    days         integer     not null check (days >= 0),
    status       varchar(10) not null check (status in ('PENDING', 'APPROVED')),
    earned_at    timestamp with time zone not null,
    approved_by  uuid,
    approved_at  timestamp with time zone
);
create index credit_by_agency_month on courses.credit (agency_id, credit_month, facility_id);

-- Whether an inmate shows their courses and certificates to their family contacts.
create table courses.sharing (
    inmate_id  uuid primary key,
    shared     boolean not null,
    updated_at timestamp with time zone not null
);
