-- Every task move appends a history row. H2 stores its identity sequence (in a commit of its
-- own) each time the 32 values it reserves by default run out: reserve 1,000 instead. H2 hands
-- cached values out in order across sessions, so the history keeps its order by id; after a
-- crash the sequence continues past the reserved values.
ALTER TABLE task_transitions ALTER COLUMN id SET CACHE 1000;
