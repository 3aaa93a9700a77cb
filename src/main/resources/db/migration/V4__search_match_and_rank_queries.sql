-- Chinese has no spaces, so the bigrams of a query run include bigrams that straddle two words: 榛子巧克力 (hazelnut
-- chocolate) has 子巧, which 榛子黑巧克力 does not contain. Requiring every bigram (V2) missed such listings.
-- Now a run of one or two characters must match as it is (啤酒 is a word), a longer run must have all its characters,
-- and the bigrams only rank: listings that contain more of them come first.

CREATE OR REPLACE FUNCTION catalog_search_query(q text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT to_tsquery('simple', coalesce(string_agg(term, ' & '), ''))
    FROM (
      SELECT quote_literal(word) || ':*' AS term
        FROM regexp_split_to_table(regexp_replace(catalog_fold(q),
               '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^[:alnum:]]+', ' ', 'g'), ' ') AS word
       WHERE word <> ''
      UNION ALL
      SELECT quote_literal(CASE WHEN char_length(m[1]) <= 2 THEN m[1] ELSE substr(m[1], i, 1) END)
        FROM regexp_matches(q, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') AS m,
             generate_series(1, CASE WHEN char_length(m[1]) <= 2 THEN 1 ELSE char_length(m[1]) END) i
    ) terms
$$;

-- What ranks a match: any of the query's words and Chinese bigrams (OR), so more of them rank higher.
CREATE FUNCTION catalog_rank_query(q text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT to_tsquery('simple', coalesce(string_agg(DISTINCT term, ' | '), ''))
    FROM (
      SELECT quote_literal(word) || ':*' AS term
        FROM regexp_split_to_table(regexp_replace(catalog_fold(q),
               '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^[:alnum:]]+', ' ', 'g'), ' ') AS word
       WHERE word <> ''
      UNION ALL
      SELECT quote_literal(CASE WHEN char_length(m[1]) = 1 THEN m[1] ELSE substr(m[1], i, 2) END)
        FROM regexp_matches(q, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') AS m,
             generate_series(1, greatest(char_length(m[1]) - 1, 1)) i
    ) terms
$$;
