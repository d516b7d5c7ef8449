-- One row per opt-in submission. No IP address, no user agent, the time only as the Monday of the
-- ISO week of receipt (UTC). The answers are in the statement order of content/instrument.json.
CREATE TABLE submissions (
  id uuid PRIMARY KEY,
  week date NOT NULL,
  key_version text NOT NULL,
  answers boolean[] NOT NULL,
  unit text NOT NULL, lang text NOT NULL, profile text NOT NULL,
  partner text, size text, sector text
);
