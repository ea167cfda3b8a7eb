-- DEMO-DOC grants 5 days of earned time per completed course, at most 30 a month.
insert into courses.credit_rule (agency_id, days_per_course, max_days_per_month, course_codes, updated_by, updated_at)
values ('d645e428-54c2-5ccf-81dd-5316da657781', 5, 30, null, '00000000-0000-0000-0000-000000000000',
        timestamp with time zone '2026-12-07 00:00:00+00');
