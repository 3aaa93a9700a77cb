-- Search in every locale, Traditional Chinese, certifications and the indexes of the supplier pages.

-- ---------------------------------------------------------------- Traditional Chinese
ALTER TABLE listing ADD COLUMN title_zh_tw text, ADD COLUMN description_zh_tw text;
ALTER TABLE category ADD COLUMN name_zh_tw text;
UPDATE category SET name_zh_tw = t.name FROM (VALUES
    ('food', '食品'), ('chocolate', '巧克力'), ('pralines', '夾心巧克力'), ('chocolate-bars', '巧克力排塊'),
    ('biscuits', '餅乾'), ('waffles', '鬆餅'), ('confectionery', '糖果'), ('spreads', '塗抹醬'), ('dairy', '乳製品'),
    ('beverages', '飲料'), ('beer', '啤酒'), ('spirits', '烈酒'), ('cosmetics', '化妝品'), ('skincare', '護膚品'),
    ('home', '家居'), ('textiles', '紡織品與蕾絲')) AS t(code, name)
WHERE category.code = t.code;

-- ---------------------------------------------------------------- full-text search
-- Case and accents are folded away (é = e, ß = ss), Latin-script words are matched by prefix, and runs of CJK
-- ideographs are indexed as single characters and overlapping bigrams, the approach of Lucene's CJK analyzer:
-- Chinese has no spaces, and two-character words (啤酒 beer) are too short for trigram indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION catalog_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE FUNCTION catalog_cjk_terms(doc text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT coalesce(string_agg(term, ' '), '')
    FROM (SELECT m[1] AS run FROM regexp_matches(doc, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') AS m) runs,
         LATERAL (SELECT substr(run, i, 1) AS term FROM generate_series(1, char_length(run)) i
                  UNION ALL
                  SELECT substr(run, i, 2) FROM generate_series(1, char_length(run) - 1) i) terms
$$;

CREATE FUNCTION catalog_search_vector(doc text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT to_tsvector('simple',
      regexp_replace(catalog_fold(coalesce(doc, '')), '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', ' ', 'g')
      || ' ' || catalog_cjk_terms(coalesce(doc, '')))
$$;

-- Every word of the query must match (AND); a Latin word as a prefix, a Chinese run as all of its bigrams.
CREATE FUNCTION catalog_search_query(q text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT to_tsquery('simple', coalesce(string_agg(term, ' & '), ''))
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

-- Titles weigh more than descriptions in the ranking.
-- (concat_ws is only STABLE, so the texts are joined with ||, which a generated column accepts.)
ALTER TABLE listing ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(catalog_search_vector(
        coalesce(title_en, '') || ' ' || coalesce(title_fr, '') || ' ' || coalesce(title_nl, '')
        || ' ' || coalesce(title_de, '') || ' ' || coalesce(title_zh_cn, '') || ' ' || coalesce(title_zh_tw, '')), 'A')
    || setweight(catalog_search_vector(
        coalesce(description_en, '') || ' ' || coalesce(description_fr, '') || ' ' || coalesce(description_nl, '')
        || ' ' || coalesce(description_de, '') || ' ' || coalesce(description_zh_cn, '') || ' ' || coalesce(description_zh_tw, '')), 'B')) STORED;
CREATE INDEX listing_search_idx ON listing USING gin (search_vector);

-- ---------------------------------------------------------------- certifications and labels
CREATE TABLE certification (
    code        varchar(64) PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    position    integer NOT NULL DEFAULT 0,
    name_en     text NOT NULL,
    name_fr     text,
    name_nl     text,
    name_de     text,
    name_zh_cn  text,
    name_zh_tw  text
);

INSERT INTO certification (code, position, name_en, name_fr, name_nl, name_de, name_zh_cn, name_zh_tw) VALUES
    ('organic',                1, 'Organic',                'Biologique',                  'Biologisch',                 'Bio',                          '有机',           '有機'),
    ('fairtrade',              2, 'Fairtrade',              'Commerce équitable',          'Fairtrade',                  'Fairtrade',                    '公平贸易',        '公平貿易'),
    ('vegan',                  3, 'Vegan',                  'Végétalien',                  'Veganistisch',               'Vegan',                        '纯素',           '純素'),
    ('halal',                  4, 'Halal',                  'Halal',                       'Halal',                      'Halal',                        '清真',           '清真'),
    ('gluten-free',            5, 'Gluten-free',            'Sans gluten',                 'Glutenvrij',                 'Glutenfrei',                   '无麸质',          '無麩質'),
    ('belgian-chocolate-code', 6, 'Belgian Chocolate Code', 'Code belge du chocolat',      'Belgische Chocoladecode',    'Belgischer Schokoladenkodex',  '比利时巧克力准则', '比利時巧克力準則');

CREATE TABLE listing_certification (
    listing_id          bigint      NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    certification_code  varchar(64) NOT NULL REFERENCES certification (code),
    PRIMARY KEY (listing_id, certification_code)
);
CREATE INDEX listing_certification_code_idx ON listing_certification (certification_code, listing_id);

-- ---------------------------------------------------------------- supplier pages
CREATE INDEX supplier_name_idx ON supplier (name, id);
CREATE INDEX listing_supplier_published_idx ON listing (supplier_id, created_at DESC, id DESC) WHERE status = 'PUBLISHED';
