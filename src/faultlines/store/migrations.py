"""Schema migrations, applied in order and recorded in `_migrations` (sqlite-utils style)."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    ("001_initial", """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,            -- content hash of the text
        title TEXT, published TEXT, source TEXT, url TEXT, origin TEXT,
        text TEXT NOT NULL,
        n_words INTEGER NOT NULL,
        facts TEXT NOT NULL,            -- the facts JSON object, version 1
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE segments (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, author TEXT, reply_to TEXT,
        PRIMARY KEY (doc_id, id)
    );
    CREATE TABLE actors (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, parent TEXT
    );
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, actor_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
        type TEXT NOT NULL, mode TEXT, source TEXT, target TEXT, place TEXT, date TEXT,
        polarity TEXT NOT NULL, voice_kind TEXT NOT NULL, voice_name TEXT, sign INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX events_source ON events(source);
    CREATE INDEX events_target ON events(target);
    CREATE INDEX events_type ON events(type);
    CREATE TABLE quotes (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
        text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        speaker TEXT, speaker_name TEXT, outlet TEXT, PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE counts (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
        value INTEGER, low INTEGER, high INTEGER, approx TEXT, category TEXT NOT NULL, what TEXT,
        actor TEXT, place TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (doc_id, id)
    );
    CREATE TABLE places (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, country TEXT,
        geonameid INTEGER
    );
    CREATE TABLE place_mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, place_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX place_mentions_place ON place_mentions(place_id);
    CREATE TABLE tensions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
        kind TEXT NOT NULL, actors TEXT NOT NULL, summary TEXT NOT NULL, events TEXT NOT NULL,
        strength REAL NOT NULL, PRIMARY KEY (doc_id, id)
    );
    CREATE TABLE rejects (
        location TEXT NOT NULL, reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (location, reason)
    );
    """),
    ("002_search", """
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE VIRTUAL TABLE actors_fts USING fts5(id UNINDEXED, name, content='actors', content_rowid='rowid');
    CREATE TRIGGER actors_ai AFTER INSERT ON actors BEGIN
        INSERT INTO actors_fts(rowid, id, name) VALUES (new.rowid, new.id, new.name);
    END;
    CREATE TRIGGER actors_au AFTER UPDATE ON actors BEGIN
        INSERT INTO actors_fts(actors_fts, rowid, id, name) VALUES ('delete', old.rowid, old.id, old.name);
        INSERT INTO actors_fts(rowid, id, name) VALUES (new.rowid, new.id, new.name);
    END;
    """),
    ("003_copies", """
    CREATE TABLE publications (
        doc_id TEXT NOT NULL,            -- the stored document (content hash) this publication carries
        origin TEXT NOT NULL,            -- where it was read: file, file:line, warc#record
        url TEXT, source TEXT, published TEXT, title TEXT,
        PRIMARY KEY (doc_id, origin)
    );
    CREATE TABLE minhashes (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        num_perm INTEGER NOT NULL, seed INTEGER NOT NULL, scheme TEXT NOT NULL, hashvalues BLOB NOT NULL
    );
    CREATE TABLE clusters (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        dup_of TEXT NOT NULL,            -- the cluster's representative: its earliest-published member
        similarity REAL NOT NULL         -- estimated Jaccard similarity to the representative
    );
    CREATE INDEX clusters_dup_of ON clusters(dup_of);
    CREATE VIEW document_evidence AS
        SELECT d.id AS doc_id, coalesce(c.dup_of, d.id) AS evidence_id,
               (c.doc_id IS NOT NULL AND c.dup_of != d.id) AS is_copy
        FROM documents d LEFT JOIN clusters c ON c.doc_id = d.id;
    CREATE VIEW event_evidence AS
        SELECT e.*, coalesce(c.dup_of, e.doc_id) AS evidence_id
        FROM events e LEFT JOIN clusters c ON c.doc_id = e.doc_id;
    CREATE VIEW wire_stories AS
        SELECT de.evidence_id, count(DISTINCT de.doc_id) AS n_documents, count(p.origin) AS n_publications
        FROM document_evidence de LEFT JOIN publications p ON p.doc_id = de.doc_id
        GROUP BY de.evidence_id;
    """),
    ("004_tolls", """
    ALTER TABLE counts ADD COLUMN event TEXT;       -- the event a casualty count belongs to (its id in the document)
    ALTER TABLE events ADD COLUMN fatalities INTEGER;   -- Event.fatalities: the most conservative figure
    ALTER TABLE events ADD COLUMN fatalities_low INTEGER;
    ALTER TABLE events ADD COLUMN fatalities_high INTEGER;
    CREATE INDEX counts_event ON counts(doc_id, event);
    """),
    ("005_incidents", """
    CREATE TABLE incident_reports (   -- one row per fused document; report NULL when it reports no happening
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        incident_id TEXT, report TEXT
    );
    CREATE INDEX incident_reports_incident ON incident_reports(incident_id);
    CREATE TABLE incidents (
        id TEXT PRIMARY KEY, type TEXT, start TEXT, "end" TEXT, n_documents INTEGER NOT NULL,
        n_contested INTEGER NOT NULL, summary TEXT NOT NULL   -- the `faultlines incidents` JSON object
    );
    CREATE INDEX incidents_start ON incidents(start);
    """),
    ("006_explorer_indexes", """
    -- Chosen from EXPLAIN QUERY PLAN of the explorer's pages (bench/load.py, docs/scale.md): an actor's
    -- relations and timeline read these covering indexes only; places, counts, quotes and children by key.
    CREATE INDEX events_source_cover ON events(source, target, type, sign, date, doc_id);
    CREATE INDEX events_target_cover ON events(target, source, type, sign, date, doc_id);
    CREATE INDEX events_place ON events(place);
    CREATE INDEX mentions_actor_doc ON mentions(actor_id, doc_id);
    CREATE INDEX counts_actor ON counts(actor);
    CREATE INDEX counts_place ON counts(place);
    CREATE INDEX quotes_outlet ON quotes(outlet);
    CREATE INDEX actors_parent ON actors(parent);
    """),
    ("007_datasette", """
    -- Datasette finds a table's full-text index by `content="table"` in DOUBLE quotes (datasette.utils.detect_fts),
    -- so `documents?_search=` and `actors?_search=` search: the FTS tables are declared again that way and
    -- rebuilt from their content tables (the insert/delete triggers of 002_search keep working by name).
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content="documents", content_rowid="rowid");
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    -- Foreign keys make ids links in Datasette. The two mention tables are rebuilt with them (SQLite cannot add a
    -- foreign key with ALTER): a mention is always stored after its actor or place, in one transaction, so
    -- the keys hold for what the store writes. Any orphan an older store might hold keeps its row: a
    -- mentioned actor that is missing gets a bare row (kind 'other'); a place without coordinates cannot be
    -- made up, so a mention of a missing place is left out. Events, quotes and counts may name dictionary
    -- actors that no mention introduced, so they get no enforced key; `events_named` names them instead.
    INSERT INTO actors(id, name, kind)
        SELECT DISTINCT m.actor_id, m.actor_id, 'other' FROM mentions m
        WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = m.actor_id);
    CREATE TABLE mentions_new (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    INSERT INTO mentions_new(rowid, doc_id, actor_id, start, "end", text)
        SELECT rowid, doc_id, actor_id, start, "end", text FROM mentions;
    DROP TABLE mentions;
    ALTER TABLE mentions_new RENAME TO mentions;
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_actor_doc ON mentions(actor_id, doc_id);
    CREATE TABLE place_mentions_new (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        place_id TEXT NOT NULL REFERENCES places(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    INSERT INTO place_mentions_new(rowid, doc_id, place_id, start, "end", text)
        SELECT pm.rowid, pm.doc_id, pm.place_id, pm.start, pm."end", pm.text FROM place_mentions pm
        WHERE EXISTS (SELECT 1 FROM places p WHERE p.id = pm.place_id);
    DROP TABLE place_mentions;
    ALTER TABLE place_mentions_new RENAME TO place_mentions;
    CREATE INDEX place_mentions_place ON place_mentions(place_id);
    DROP TABLE actors_fts;
    CREATE VIRTUAL TABLE actors_fts USING fts5(id UNINDEXED, name, content="actors", content_rowid="rowid");
    INSERT INTO actors_fts(actors_fts) VALUES ('rebuild');
    -- Events with the names of their actors and place and the title, outlet, date and URL of their article.
    CREATE VIEW events_named AS
        SELECT e.doc_id, e.id AS event_id, e.date, e.type, e.mode,
               e.source, s.name AS source_name, e.target, t.name AS target_name,
               e.polarity, e.sign, e.voice_kind, e.voice_name, e.place, p.name AS place_name,
               e.fatalities, e.text,
               d.title AS document_title, d.source AS document_outlet, d.published AS document_published,
               d.url AS document_url
        FROM events e
        JOIN documents d ON d.id = e.doc_id
        LEFT JOIN actors s ON s.id = e.source
        LEFT JOIN actors t ON t.id = e.target
        LEFT JOIN places p ON p.id = e.place;
    """),
    ("008_record_columns", """
    -- Every field of a record has its column (store/write.py derives the insert from the records): the
    -- document's language, an event's segment and the trigger and actor words it was coded from, a quote's
    -- voice, speaker and cue words, a place's level. Rows written before are filled from their facts JSON.
    ALTER TABLE documents ADD COLUMN language TEXT;
    ALTER TABLE events ADD COLUMN segment TEXT;
    ALTER TABLE events ADD COLUMN trigger_start INTEGER;
    ALTER TABLE events ADD COLUMN trigger_end INTEGER;
    ALTER TABLE events ADD COLUMN trigger_text TEXT;
    ALTER TABLE events ADD COLUMN source_mention_start INTEGER;
    ALTER TABLE events ADD COLUMN source_mention_end INTEGER;
    ALTER TABLE events ADD COLUMN source_mention_text TEXT;
    ALTER TABLE events ADD COLUMN target_mention_start INTEGER;
    ALTER TABLE events ADD COLUMN target_mention_end INTEGER;
    ALTER TABLE events ADD COLUMN target_mention_text TEXT;
    ALTER TABLE quotes ADD COLUMN voice_kind TEXT;
    ALTER TABLE quotes ADD COLUMN voice_name TEXT;
    ALTER TABLE quotes ADD COLUMN speaker_mention_start INTEGER;
    ALTER TABLE quotes ADD COLUMN speaker_mention_end INTEGER;
    ALTER TABLE quotes ADD COLUMN speaker_mention_text TEXT;
    ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
    ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
    ALTER TABLE quotes ADD COLUMN cue_text TEXT;
    ALTER TABLE places ADD COLUMN feature TEXT;
    UPDATE documents SET language = json_extract(facts, '$.document.language');
    UPDATE events AS e SET
        segment = json_extract(j.value, '$.segment'),
        trigger_start = json_extract(j.value, '$.trigger.start'),
        trigger_end = json_extract(j.value, '$.trigger.end'),
        trigger_text = json_extract(j.value, '$.trigger.text'),
        source_mention_start = json_extract(j.value, '$.source_mention.start'),
        source_mention_end = json_extract(j.value, '$.source_mention.end'),
        source_mention_text = json_extract(j.value, '$.source_mention.text'),
        target_mention_start = json_extract(j.value, '$.target_mention.start'),
        target_mention_end = json_extract(j.value, '$.target_mention.end'),
        target_mention_text = json_extract(j.value, '$.target_mention.text')
    FROM documents AS d, json_each(d.facts, '$.events') AS j
    WHERE d.id = e.doc_id AND json_extract(j.value, '$.id') = e.id;
    UPDATE quotes AS q SET
        voice_kind = json_extract(j.value, '$.voice.kind'),
        voice_name = json_extract(j.value, '$.voice.name'),
        speaker_mention_start = json_extract(j.value, '$.speaker_mention.start'),
        speaker_mention_end = json_extract(j.value, '$.speaker_mention.end'),
        speaker_mention_text = json_extract(j.value, '$.speaker_mention.text'),
        cue_start = json_extract(j.value, '$.cue.start'),
        cue_end = json_extract(j.value, '$.cue.end'),
        cue_text = json_extract(j.value, '$.cue.text')
    FROM documents AS d, json_each(d.facts, '$.quotes') AS j
    WHERE d.id = q.doc_id AND json_extract(j.value, '$.id') = q.id;
    UPDATE places AS p SET feature = f.feature
    FROM (SELECT json_extract(j.value, '$.id') AS id, max(json_extract(j.value, '$.feature')) AS feature
          FROM documents AS d, json_each(d.facts, '$.places') AS j GROUP BY 1) AS f
    WHERE f.id = p.id AND f.feature IS NOT NULL;
    """),
    # Per-pair relation aggregates, maintained by the write path (`pairs`); filled from the events on upgrade.
    ("009_relation_pairs", """
CREATE TABLE relation_pairs (
    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, polarity TEXT NOT NULL,
    voice_kind TEXT NOT NULL, events INTEGER NOT NULL, documents INTEGER NOT NULL, positive INTEGER NOT NULL,
    negative INTEGER NOT NULL, first TEXT, last TEXT, refs TEXT NOT NULL,
    PRIMARY KEY (source, target, type, polarity, voice_kind)
) WITHOUT ROWID;
CREATE INDEX relation_pairs_target ON relation_pairs(target)
"""),
    # A comment's date as its page shows it (Segment.date); rows written before are filled from their facts JSON.
    ("010_segment_dates", """
    ALTER TABLE segments ADD COLUMN date TEXT;
    UPDATE segments AS s SET date = json_extract(j.value, '$.date')
    FROM documents AS d, json_each(d.facts, '$.segments') AS j
    WHERE d.id = s.doc_id AND json_extract(j.value, '$.id') = s.id;
    """),
    # Incidents merged into an older one when a new report matched both: the old id still finds the incident.
    ("011_incident_aliases", """
    CREATE TABLE incident_aliases (alias TEXT PRIMARY KEY, incident_id TEXT NOT NULL) WITHOUT ROWID;
    """),
    # An actor's events per year, maintained by the write path (`actor_years`); filled from the events on upgrade.
    ("012_actor_years", """
    CREATE TABLE actor_years (
        actor TEXT NOT NULL, year TEXT NOT NULL, events INTEGER NOT NULL, positive INTEGER NOT NULL,
        negative INTEGER NOT NULL, PRIMARY KEY (actor, year)
    ) WITHOUT ROWID;
    """),
    # The store's tensions, written after a run by the writer (`kept_tensions`) and read by key by the explorer.
    # Left empty on upgrade: filling needs the actor dictionary and the whole analysis (minutes on a large store),
    # so the next `finish` (ingest, read --db) or `Corpus.keep_tensions()` fills it; until then the explorer
    # computes the tensions itself, as before.
    ("013_kept_tensions", """
    CREATE TABLE kept_tensions (
        rank INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, strength REAL NOT NULL,
        summary TEXT NOT NULL, actors TEXT NOT NULL, events TEXT NOT NULL, events_total INTEGER NOT NULL
    );
    CREATE INDEX kept_tensions_kind ON kept_tensions(kind, rank);
    CREATE TABLE kept_state (
        name TEXT PRIMARY KEY, generation INTEGER NOT NULL, seconds REAL NOT NULL, made TEXT NOT NULL
    ) WITHOUT ROWID;
    """),
    # Network edge aggregates per key and day, maintained by the write path (`edges`); filled on upgrade.
    ("014_edge_days", """
    CREATE TABLE edge_spans (id INTEGER PRIMARY KEY, lo TEXT NOT NULL, hi TEXT NOT NULL, UNIQUE (lo, hi));
    CREATE TABLE edge_days (
        span INTEGER NOT NULL, voice_kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
        type TEXT NOT NULL, polarity TEXT NOT NULL, said INTEGER NOT NULL, docs INTEGER NOT NULL,
        events INTEGER NOT NULL, positive INTEGER NOT NULL, negative INTEGER NOT NULL, first TEXT, last TEXT,
        first_key INTEGER NOT NULL, PRIMARY KEY (span, voice_kind, source, target, type, polarity)
    ) WITHOUT ROWID;
    CREATE TABLE edge_copies (
        span INTEGER NOT NULL, voice_kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
        type TEXT NOT NULL, polarity TEXT NOT NULL, said INTEGER NOT NULL, docs INTEGER NOT NULL,
        PRIMARY KEY (span, voice_kind, source, target, type, polarity)
    ) WITHOUT ROWID;
    """),
    # A focused network reads the aggregates of its actors by either end.
    ("015_edge_days_target", """
    CREATE INDEX edge_days_target ON edge_days(span, voice_kind, target);
    """),
    # An actor's designations, a page at a time by key: its SANCTION events at either end in write order.
    ("016_events_type_ends", """
    CREATE INDEX events_type_source ON events(type, source);
    CREATE INDEX events_type_target ON events(type, target);
    """),
    # Each actor's mentions and documents, kept by the write path (`actor_mentions`); filled on upgrade.
    ("017_actor_mentions", """
    CREATE TABLE actor_mentions (
        actor TEXT PRIMARY KEY, mentions INTEGER NOT NULL, documents INTEGER NOT NULL
    ) WITHOUT ROWID;
    """),
    # A place's newest events by key: its dated events read backwards from this index (`views.place_events`).
    ("018_events_place_date", """
    CREATE INDEX events_place_date ON events(place, date);
    """),
    # Each actor's relations per other actor and type, kept by the write path (`actor_relations`); filled on upgrade.
    ("019_actor_relations", """
    CREATE TABLE actor_relations (
        source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL, sign INTEGER NOT NULL,
        PRIMARY KEY (source, target, type)
    ) WITHOUT ROWID;
    CREATE INDEX actor_relations_target ON actor_relations(target, source, type, n, sign);
    """),
]
