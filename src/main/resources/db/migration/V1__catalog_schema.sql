-- Reference data and the listing store of the Belgian catalog gateway.
-- Localized texts are one column per locale: every locale is indexable and nullable on its own, and the
-- read path selects them in one row without a join. English is the required fallback locale.

CREATE TABLE agency (
    code     varchar(8)  PRIMARY KEY,
    name     text        NOT NULL,
    region   varchar(16) NOT NULL CHECK (region IN ('FLANDERS', 'BRUSSELS', 'WALLONIA')),
    website  text        NOT NULL
);

INSERT INTO agency (code, name, region, website) VALUES
    ('FIT',  'Flanders Investment & Trade', 'FLANDERS', 'https://www.flandersinvestmentandtrade.com'),
    ('HUB',  'hub.brussels',                'BRUSSELS', 'https://hub.brussels'),
    ('AWEX', 'AWEX - Wallonia Export & Investment Agency', 'WALLONIA', 'https://www.awex-export.be');

CREATE TABLE category (
    code         varchar(64) PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    parent_code  varchar(64) REFERENCES category (code),
    position     integer     NOT NULL DEFAULT 0,
    name_en      text        NOT NULL,
    name_fr      text,
    name_nl      text,
    name_de      text,
    name_zh_cn   text
);
CREATE INDEX category_parent_idx ON category (parent_code);

INSERT INTO category (code, parent_code, position, name_en, name_fr, name_nl, name_de, name_zh_cn) VALUES
    ('food',            NULL,        1, 'Food',             'Alimentation',          'Voeding',           'Lebensmittel',       '食品'),
    ('chocolate',       'food',      1, 'Chocolate',        'Chocolat',              'Chocolade',         'Schokolade',         '巧克力'),
    ('pralines',        'chocolate', 1, 'Pralines',         'Pralines',              'Pralines',          'Pralinen',           '夹心巧克力'),
    ('chocolate-bars',  'chocolate', 2, 'Chocolate bars',   'Tablettes de chocolat', 'Chocoladerepen',    'Schokoladentafeln',  '巧克力排块'),
    ('biscuits',        'food',      2, 'Biscuits',         'Biscuits',              'Koekjes',           'Kekse',              '饼干'),
    ('waffles',         'food',      3, 'Waffles',          'Gaufres',               'Wafels',            'Waffeln',            '华夫饼'),
    ('confectionery',   'food',      4, 'Confectionery',    'Confiserie',            'Snoepgoed',         'Süßwaren',           '糖果'),
    ('spreads',         'food',      5, 'Spreads',          'Pâtes à tartiner',      'Smeerpasta''s',     'Brotaufstriche',     '涂抹酱'),
    ('dairy',           'food',      6, 'Dairy',            'Produits laitiers',     'Zuivel',            'Milchprodukte',      '乳制品'),
    ('beverages',       NULL,        2, 'Beverages',        'Boissons',              'Dranken',           'Getränke',           '饮料'),
    ('beer',            'beverages', 1, 'Beer',             'Bière',                 'Bier',              'Bier',               '啤酒'),
    ('spirits',         'beverages', 2, 'Spirits',          'Spiritueux',            'Sterke dranken',    'Spirituosen',        '烈酒'),
    ('cosmetics',       NULL,        3, 'Cosmetics',        'Cosmétiques',           'Cosmetica',         'Kosmetik',           '化妆品'),
    ('skincare',        'cosmetics', 1, 'Skincare',         'Soins de la peau',      'Huidverzorging',    'Hautpflege',         '护肤品'),
    ('home',            NULL,        4, 'Home & design',    'Maison & design',       'Wonen & design',    'Wohnen & Design',    '家居'),
    ('textiles',        'home',      1, 'Textiles & lace',  'Textiles & dentelle',   'Textiel & kant',    'Textilien & Spitze', '纺织品与蕾丝');

CREATE SEQUENCE supplier_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE supplier (
    id                 bigint      PRIMARY KEY,
    -- Belgian enterprise number (KBO/BCE), 10 digits, mod-97 checked by the service
    enterprise_number  char(10)    NOT NULL UNIQUE CHECK (enterprise_number ~ '^[01][0-9]{9}$'),
    name               text        NOT NULL,
    city               text        NOT NULL,
    region             varchar(16) NOT NULL CHECK (region IN ('FLANDERS', 'BRUSSELS', 'WALLONIA')),
    website            text,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE listing_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE listing (
    id                bigint        PRIMARY KEY,
    agency_code       varchar(8)    NOT NULL REFERENCES agency (code),
    supplier_id       bigint        NOT NULL REFERENCES supplier (id),
    external_id       varchar(128)  NOT NULL,
    title_en          text          NOT NULL,
    title_fr          text,
    title_nl          text,
    title_de          text,
    title_zh_cn       text,
    description_en    text,
    description_fr    text,
    description_nl    text,
    description_de    text,
    description_zh_cn text,
    category_code     varchar(64)   NOT NULL REFERENCES category (code),
    hs_code           varchar(10)   NOT NULL CHECK (hs_code ~ '^[0-9]{6,10}$'),
    price_eur         numeric(12,2) NOT NULL CHECK (price_eur >= 0),
    unit              varchar(16)   NOT NULL,
    stock_quantity    integer       NOT NULL CHECK (stock_quantity >= 0),
    net_weight_grams  integer       NOT NULL CHECK (net_weight_grams > 0),
    origin_region     varchar(16)   NOT NULL CHECK (origin_region IN ('FLANDERS', 'BRUSSELS', 'WALLONIA')),
    status            varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           integer       NOT NULL,
    CONSTRAINT listing_agency_external_id_key UNIQUE (agency_code, external_id)
);

-- Keyset pagination: each sort order is an index walk that starts at the cursor.
CREATE INDEX listing_newest_idx     ON listing (created_at DESC, id DESC);
CREATE INDEX listing_price_idx      ON listing (price_eur, id);
CREATE INDEX listing_supplier_idx   ON listing (supplier_id);
CREATE INDEX listing_category_idx   ON listing (category_code);
CREATE INDEX listing_status_idx     ON listing (status, origin_region);
