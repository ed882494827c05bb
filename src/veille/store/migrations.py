"""Append-only schema migrations.

Each migration is (version, name, SQL); applied ones are recorded in `schema_migrations`.
Never edit or reorder a migration that has shipped: add a new one.  `tests/test_store.py`
checks that every prefix of this list migrates to the same schema as a fresh store.
"""

from __future__ import annotations

from veille.store import aggregates, answers, graph_edges, list_docs, search_index, site_lines

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "core tables", """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    published DATE,
    published_how VARCHAR NOT NULL DEFAULT 'none',
    lang VARCHAR,
    fmt VARCHAR NOT NULL,
    clean BOOLEAN NOT NULL DEFAULT TRUE,
    raw VARCHAR NOT NULL,
    body VARCHAR NOT NULL,
    removed JSON,
    dateline_place VARCHAR,
    content_hash VARCHAR,
    duplicate_of VARCHAR,
    duplicate_similarity DOUBLE,
    story VARCHAR,
    stages JSON,
    meta JSON,
    run_id VARCHAR,
    ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE TABLE mentions (
    article VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    type VARCHAR NOT NULL, entity VARCHAR, role JSON, stage VARCHAR, model VARCHAR
);
CREATE TABLE timexes (
    article VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    type VARCHAR NOT NULL, value VARCHAR, anchor VARCHAR, mod VARCHAR, quant VARCHAR,
    stage VARCHAR, model VARCHAR
);
CREATE TABLE events (
    article VARCHAR NOT NULL, id VARCHAR NOT NULL, type VARCHAR NOT NULL, mode VARCHAR,
    source JSON, target JSON, date VARCHAR, location VARCHAR, modality VARCHAR, trigger VARCHAR,
    evidence JSON, merged VARCHAR, stage VARCHAR, model VARCHAR
);
CREATE TABLE quotes (
    article VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    direct BOOLEAN, speaker VARCHAR, speaker_text VARCHAR, stage VARCHAR, model VARCHAR
);
CREATE TABLE entities (
    id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, wikidata VARCHAR,
    aliases JSON, roles JSON
);
CREATE TABLE corpus_events (
    id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, mode VARCHAR, source JSON, target JSON,
    date VARCHAR, location VARCHAR, modality VARCHAR, evidence JSON, story VARCHAR,
    articles JSON, independent_sources INTEGER, conflicts JSON, stage VARCHAR
);
CREATE TABLE stories (
    id VARCHAR PRIMARY KEY, title VARCHAR, articles JSON, start DATE, "end" DATE,
    summary JSON, stage VARCHAR
);
CREATE TABLE quarantine (
    key VARCHAR NOT NULL, source VARCHAR NOT NULL, stage VARCHAR NOT NULL, code VARCHAR NOT NULL,
    message VARCHAR NOT NULL, run_id VARCHAR, quarantined_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE runs (
    id VARCHAR PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
    inputs JSON, counts JSON, status VARCHAR NOT NULL
);
-- The persistent MinHash LSH index (veille.store.dedup_index): one signature per article,
-- one row per (band, band hash) so candidates are found by an indexed lookup, never by
-- re-reading the corpus.
CREATE TABLE dedup_signatures (
    article VARCHAR PRIMARY KEY, signature UBIGINT[] NOT NULL, published DATE, shingles INTEGER
);
CREATE TABLE dedup_bands (band USMALLINT NOT NULL, hash UBIGINT NOT NULL, article VARCHAR NOT NULL);
CREATE INDEX dedup_bands_lookup ON dedup_bands (band, hash);
"""),
    # The full-text index of `veille.store.search_index` (DuckDB's fts extension would be
    # downloaded at run time, which veille never does).  Tokens are runs of letters or digits
    # (2+ characters) of the lower-cased, accent-stripped title and body; stores made before
    # this migration are indexed here, later articles when they are written.
    (2, "search index", r"""
CREATE TABLE search_docs (article VARCHAR PRIMARY KEY, length INTEGER NOT NULL);
CREATE TABLE search_terms (term VARCHAR NOT NULL, article VARCHAR NOT NULL, tf INTEGER NOT NULL);
INSERT INTO search_terms
SELECT term, id, count(*)::INTEGER FROM (
    SELECT id, unnest(regexp_extract_all(strip_accents(lower(coalesce(title, '') || ' ' || body)),
                                         '[\p{L}\p{N}]{2,}')) AS term
    FROM articles)
GROUP BY term, id;
INSERT INTO search_docs
SELECT id, len(regexp_extract_all(strip_accents(lower(coalesce(title, '') || ' ' || body)), '[\p{L}\p{N}]{2,}'))
FROM articles;
"""),
    (3, "quarantine origin", """
-- Where a quarantined item was read (veille.model.Origin), so `veille run --retry-quarantined`
-- can read it again: the input as given (absolute), the file under a folder input, the item in
-- the file (line:N, entry:N, record:N; NULL: the whole file).  NULL input: not readable again.
ALTER TABLE quarantine ADD COLUMN input VARCHAR;
ALTER TABLE quarantine ADD COLUMN file VARCHAR;
ALTER TABLE quarantine ADD COLUMN item VARCHAR;
"""),
    # Mention and article counts per entity, event and source counts per story, date bounds per
    # merged event, kept by `Store.write_corpus` so the list endpoints stop recounting the corpus
    # on every request (veille.store.aggregates); older stores are counted here once.
    (4, "stored aggregates", aggregates.MIGRATION),
    # The indexes of the incremental corpus steps (`veille.corpus_steps`): the entity name index
    # (one row per distinct name, with its id before and after linking), each mention's id before
    # linking, the story profile index, the document frequencies of the stories' TF-IDF space, and
    # where story ids that a recluster merged or split now lead.  Filled by the first corpus steps.
    (5, "incremental corpus indexes", """
CREATE TABLE corpus_state (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE link_names (
    local VARCHAR NOT NULL, text VARCHAR NOT NULL, type VARCHAR NOT NULL, role JSON,
    key VARCHAR NOT NULL, last VARCHAR NOT NULL, words INTEGER NOT NULL, role_key VARCHAR,
    n INTEGER NOT NULL, final VARCHAR NOT NULL
);
CREATE TABLE mention_links (article VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                            local VARCHAR NOT NULL);
CREATE TABLE story_index (story VARCHAR PRIMARY KEY, start DATE, "end" DATE, members INTEGER NOT NULL,
                          vector BLOB NOT NULL);
CREATE TABLE story_terms (term VARCHAR PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE story_redirects (old VARCHAR PRIMARY KEY, new VARCHAR NOT NULL, reason VARCHAR NOT NULL,
                              redirected_at TIMESTAMP NOT NULL);
"""),
    # What each story-dated article looked like before its story dated it (`stories.anchor.AnchorMemo`):
    # the corpus steps undo story dates before clustering, and putting this back costs a lookup where
    # tagging the text again costs the time tagger.  Filled as articles are anchored.
    (6, "pre-anchoring states", """
CREATE TABLE story_preanchor (article VARCHAR PRIMARY KEY, key VARCHAR NOT NULL, state JSON NOT NULL);
"""),
    # The search postings carry their article's length and are rewritten in term order
    # (veille.store.search_index.MIGRATION_7): a query then reads the row groups of its terms
    # only, not every posting of the corpus, and ranks them without a join.
    (7, "search postings in term order", search_index.MIGRATION_7),
    # The actor graph's event edges, counted once per write and not per request
    # (veille.store.graph_edges): an entity's graph at 100k articles was 25-120 ms of aggregation.
    (8, "stored graph edges", graph_edges.MIGRATION),
    # An article's annotations by an index on their article, not a scan of every annotation: the
    # article endpoint read 2.6M mentions for its 25 at 100k articles (6.5 ms; 0.9 by the index).
    (9, "annotations indexed by article", """
CREATE INDEX mentions_article ON mentions (article);
CREATE INDEX timexes_article ON timexes (article);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX events_article ON events (article);
"""),
    # Each entity's name and aliases folded for search, written with it: a search folded every
    # entity's names to find the few that match (3 ms for 536 entities, so seconds at 500k).
    (10, "entity search text", search_index.MIGRATION_10),
    # The search index in integers (veille.store.search_index): document and term numbers, each
    # term's document frequency kept as articles are indexed, and mentions per (entity, article)
    # for the entity bonus.  A search at 100k articles grouped 30k postings by text ids (9 ms;
    # 5 by numbers) and scanned 2.6M mentions for an entity's articles (10 ms; 3 from entity_docs).
    (11, "search index by numbers", search_index.MIGRATION_11),
    # The actors of the merged events, one row each in actor order (veille.store.aggregates):
    # the events of a name's ids were a test of every event's actor list (8 ms at 100k).
    (12, "event actors", aggregates.EVENT_ACTORS_MIGRATION),
    # Per site, how many stored articles hold each line (veille.store.site_lines): a site's
    # template is learnt across runs, not only within one batch.  Empty for a store upgraded:
    # its counts start with the next run.
    (13, "site lines", site_lines.MIGRATION_13),
    # A corpus event a later story recalls points at the earlier story's event it is the same
    # occasion as (veille.stages.stories.recall, stories@13); NULL for the others, and for every
    # event of a store upgraded until its corpus steps write the events again.
    (14, "cross-story event identity", """
ALTER TABLE corpus_events ADD COLUMN same_as VARCHAR;
"""),    # The cross-language keys of each stored name (link@5, `veille.stages.link_xlang`), which the
    # incremental linking blocks on; NULL for the names of a store upgraded until its next full
    # step (the link version bump) writes them again.
    (15, "cross-language link keys", """
ALTER TABLE link_names ADD COLUMN xkeys VARCHAR[];
"""),
    # What clustering needs of each stored article (`veille.stages.stories.members`): its
    # profiles, language, span and events as the pass that placed it saw them, so a run scores
    # the new articles against the stored stories without reading their members.  Empty for a
    # store upgraded: the index version changed (`corpus_steps.INDEX_VERSION`), so its next
    # corpus steps run in full once and fill it.
    (16, "story members", """
CREATE TABLE story_members (
    article VARCHAR PRIMARY KEY, story VARCHAR NOT NULL, lang VARCHAR NOT NULL,
    start DATE, "end" DATE, precision VARCHAR, duplicate_of VARCHAR,
    terms VARCHAR[] NOT NULL, weights FLOAT[] NOT NULL, names VARCHAR[] NOT NULL, name_weights FLOAT[] NOT NULL,
    events JSON NOT NULL, stale BOOLEAN NOT NULL DEFAULT false
);
"""),
    # Whether a stored name was typed by an English statistical recogniser (`nlp.english_ner`,
    # link@14): such a name only breaks a tie in its referent's type when a French, gazetteer or
    # rule-typed name of it votes (`link._majority`). false for a store upgraded until its next full
    # step (the link version bump) writes the names again.
    (17, "names typed by an English recogniser", """
ALTER TABLE link_names ADD COLUMN english BOOLEAN DEFAULT false;
"""),
    # A story's articles and merged events by an index on their story, not a scan of the column:
    # the story endpoint read both by `story = ?` (2.2 ms for the articles at 100k; a store fed
    # day by day spreads a story's articles over the whole table, where no zone map prunes).
    (18, "articles and events indexed by story", """
CREATE INDEX articles_story ON articles (story);
CREATE INDEX corpus_events_story ON corpus_events (story);
"""),
    # Per actor, its events' count and first page in the entity page's and the timeline's orders,
    # kept with `event_actors` (`veille.store.aggregates`): an actor's first page was a sort of
    # all its events (16.5k at 100k) per request, its total a GROUP BY of every actor per connection.
    # And the search postings sorted by impact (`veille.store.search_index`): a one-term search reads
    # its term's best postings and stops, where it read all of them (14.5k for a median term at 100k).
    (19, "actor heads and postings by impact", aggregates.ACTOR_HEADS_MIGRATION + search_index.MIGRATION_19),
    # Per entity, its first co-occurring entities in the entity page's order, kept with the pairs
    # (`veille.store.aggregates`): the page filtered and sorted the whole pair table per request.
    (20, "top co-occurring entities", aggregates.COOCCURRENCE_TOP_MIGRATION),
    # Every office a mention states, `role` first (entities@54: "X, président du Sénat et ancien
    # ministre" states two; `role` keeps the first for the readers of one).  A store upgraded gets
    # each stored mention's one role as its list, which is what the entities stage wrote then.
    (21, "mentions with several roles", """
ALTER TABLE mentions ADD COLUMN roles JSON;
UPDATE mentions SET roles = json_array(role) WHERE role IS NOT NULL;
"""),
    # Every office of a stored name as a blocking key, not only its first (link@31): the incremental
    # linking reaches a stored "X, président du Sénat et ancien ministre de la Justice" from a new
    # "le ministre de la Justice" as `veille relink` joins them.  A store upgraded gets each name's
    # first key, the one it had (a key is Python's `fold`, which SQL does not restate); the link
    # version bump has its next corpus step write every name again, with all its keys.
    (22, "every office of a stored name", """
ALTER TABLE link_names ADD COLUMN role_keys VARCHAR[];
UPDATE link_names SET role_keys = [role_key] WHERE role_key IS NOT NULL;
ALTER TABLE link_names DROP COLUMN role_key;
"""),
    # Each article's answer as one stored document (`veille.store.answers`): an article read was
    # one statement of five index lookups, 3.3 ms of CPU at 100k, most of it the statement's fixed
    # cost; the document is one lookup. Built here for every stored article.
    (23, "article answers", answers.MIGRATION_23),
    # Each merged event's first evidence sentence, how many it has and the attributes contested
    # (`veille.store.aggregates.event_briefs_sql`): an entity page lists its events in brief.
    (24, "event briefs", aggregates.EVENT_BRIEFS_MIGRATION),
    # Those and the event's other brief fields as one JSON document (`aggregates.BRIEF_DOC_SQL`):
    # a page of events in brief reads one column by row id, not a dozen (perf38).
    (25, "event brief documents", aggregates.EVENT_BRIEF_DOCS_MIGRATION),
    # Each merged event's whole record as the API writes it (`veille.store.list_docs`): a timeline
    # page is its events' documents joined, where it decoded, validated and wrote them again (api40).
    (26, "event record documents", list_docs.MIGRATION_26),
    # Each article as the articles page lists it, in a narrow table kept in the page's order
    # (`veille.store.list_docs.article_list_sql`): a page is 50 documents read by a row id range,
    # where it read 15 columns of 50 rows of `articles` by row id and validated them (api41).
    (27, "article list documents", list_docs.MIGRATION_27),
]
