-- Similar ideas while typing: the titles nearest to what is typed come straight from this index
-- (ORDER BY typed <<-> title, trigram word similarity), over the public ideas only, instead of
-- ranking every idea that shares a common word.
CREATE INDEX idea_title_nearest ON idea USING gist (title gist_trgm_ops)
    WHERE published_at IS NOT NULL AND hidden_at IS NULL;
