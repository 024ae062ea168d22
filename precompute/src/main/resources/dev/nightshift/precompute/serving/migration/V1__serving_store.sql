-- The versioned serving store. Every table is prefixed serving_ so the store can share a
-- database (and its schema) with the scheduler's metadata or live on its own.

-- One row per built version of a dataset. A version is written while STAGED, frozen with its
-- statistics when SEALED, and becomes PUBLISHED once it passed validation and was made current.
CREATE TABLE serving_version (
    dataset      VARCHAR(32)      NOT NULL,
    version      BIGINT           NOT NULL,
    state        VARCHAR(16)      NOT NULL,
    producer     VARCHAR(200)     NOT NULL,
    created_at   TIMESTAMP        NOT NULL,
    sealed_at    TIMESTAMP,
    published_at TIMESTAMP,
    row_count    BIGINT,
    score_mean   DOUBLE PRECISION,
    score_p50    DOUBLE PRECISION,
    score_p90    DOUBLE PRECISION,
    PRIMARY KEY (dataset, version)
);

-- The current-version pointer, one row per dataset; version is NULL until the first publish.
-- Readers look here first, so a publish or rollback is a single-row update. last_version hands
-- out version numbers: never reused, even after retention dropped the newest, because the API
-- caches documents by (dataset, version, key) without invalidation.
CREATE TABLE serving_current (
    dataset      VARCHAR(32) NOT NULL PRIMARY KEY,
    version      BIGINT,
    changed_at   TIMESTAMP,
    last_version BIGINT      NOT NULL
);

INSERT INTO serving_current (dataset, version, changed_at, last_version) VALUES ('feeds', NULL, NULL, 0);
INSERT INTO serving_current (dataset, version, changed_at, last_version) VALUES ('recommendations', NULL, NULL, 0);
INSERT INTO serving_current (dataset, version, changed_at, last_version) VALUES ('trends', NULL, NULL, 0);

-- The ready-to-send documents: a read is one primary-key lookup whose bytes go to the client.
-- item_count lets the API send the bytes untouched when a page covers the whole document;
-- score is the row's summary figure that publish validation compares between versions.
CREATE TABLE serving_document (
    dataset    VARCHAR(32)   NOT NULL,
    version    BIGINT        NOT NULL,
    doc_key    VARCHAR(200)  NOT NULL,
    item_count INTEGER       NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    body       ${binary_type} NOT NULL,
    PRIMARY KEY (dataset, version, doc_key)
);
