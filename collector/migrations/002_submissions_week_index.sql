-- Aggregates filter on a range of weeks and the export pages through (week, id).
CREATE INDEX submissions_week_id ON submissions (week, id);
