-- Generates a realistic catalog for benchmarks into an empty, migrated database:
-- :suppliers suppliers over the three regions and :listings listings over the three agencies, with titles in six
-- locales, a category tree, certifications, prices and stock. Idempotent: it empties the catalog tables first.
-- psql -v suppliers=5000 -v listings=100000 -f generate-catalog.sql

\set ON_ERROR_STOP on
BEGIN;
TRUNCATE listing_certification, listing, supplier RESTART IDENTITY CASCADE;

-- Enterprise numbers: eight digits from 02000000 up, then 97 - (those mod 97), so every one passes the check.
INSERT INTO supplier (id, enterprise_number, name, city, region, website, created_at)
SELECT i,
       lpad((2000000 + i * 37)::text, 8, '0') || lpad((97 - (2000000 + i * 37) % 97)::text, 2, '0'),
       (ARRAY['Chocolaterie', 'Brouwerij', 'Biscuiterie', 'Wafelbakkerij', 'Maison', 'Atelier', 'Brasserie',
              'Laiterie', 'Confiserie', 'Distillerie'])[1 + i % 10] || ' ' ||
       (ARRAY['Van Damme', 'Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Willems', 'Claes',
              'Goossens', 'Wouters', 'Leclercq'])[1 + (i / 10) % 12] || ' ' || i,
       (ARRAY['Gent', 'Antwerpen', 'Brugge', 'Leuven', 'Bruxelles', 'Ixelles', 'Namur', 'Liège', 'Mons', 'Charleroi'])[1 + i % 10],
       (ARRAY['FLANDERS', 'FLANDERS', 'FLANDERS', 'FLANDERS', 'BRUSSELS', 'BRUSSELS', 'WALLONIA', 'WALLONIA',
              'WALLONIA', 'WALLONIA'])[1 + i % 10],
       'https://supplier-' || i || '.example.be',
       now() - make_interval(days => i % 900)
  FROM generate_series(1, :suppliers) AS i;

WITH flavour(n, en, fr, nl, de, zh_cn, zh_tw) AS (VALUES
    (0, 'hazelnut', 'noisette', 'hazelnoot', 'Haselnuss', '榛子', '榛子'),
    (1, 'caramel', 'caramel', 'karamel', 'Karamell', '焦糖', '焦糖'),
    (2, 'raspberry', 'framboise', 'framboos', 'Himbeere', '覆盆子', '覆盆子'),
    (3, 'cherry', 'cerise', 'kers', 'Kirsche', '樱桃', '櫻桃'),
    (4, 'orange', 'orange', 'sinaasappel', 'Orange', '橙子', '柳橙'),
    (5, 'vanilla', 'vanille', 'vanille', 'Vanille', '香草', '香草'),
    (6, 'honey', 'miel', 'honing', 'Honig', '蜂蜜', '蜂蜜'),
    (7, 'coffee', 'café', 'koffie', 'Kaffee', '咖啡', '咖啡'),
    (8, 'almond', 'amande', 'amandel', 'Mandel', '杏仁', '杏仁'),
    (9, 'pistachio', 'pistache', 'pistache', 'Pistazie', '开心果', '開心果'),
    (10, 'lemon', 'citron', 'citroen', 'Zitrone', '柠檬', '檸檬'),
    (11, 'cinnamon', 'cannelle', 'kaneel', 'Zimt', '肉桂', '肉桂'),
    (12, 'ginger', 'gingembre', 'gember', 'Ingwer', '生姜', '生薑'),
    (13, 'mint', 'menthe', 'munt', 'Minze', '薄荷', '薄荷'),
    (14, 'coconut', 'noix de coco', 'kokos', 'Kokos', '椰子', '椰子'),
    (15, 'strawberry', 'fraise', 'aardbei', 'Erdbeere', '草莓', '草莓'),
    (16, 'apricot', 'abricot', 'abrikoos', 'Aprikose', '杏子', '杏子'),
    (17, 'walnut', 'noix', 'walnoot', 'Walnuss', '核桃', '核桃'),
    (18, 'sea salt', 'sel marin', 'zeezout', 'Meersalz', '海盐', '海鹽'),
    (19, 'green tea', 'thé vert', 'groene thee', 'Grüner Tee', '绿茶', '綠茶'),
    (20, 'rose', 'rose', 'roos', 'Rose', '玫瑰', '玫瑰'),
    (21, 'blackcurrant', 'cassis', 'zwarte bes', 'Johannisbeere', '黑加仑', '黑醋栗'),
    (22, 'pear', 'poire', 'peer', 'Birne', '梨子', '梨子'),
    (23, 'plain', 'nature', 'natuur', 'Natur', '原味', '原味')),
product(n, category, hs, unit, price, grams, en, fr, nl, de, zh_cn, zh_tw) AS (VALUES
    (0, 'pralines', '180690', 'BOX', 24.50, 250, 'Assorted pralines', 'Pralines assorties', 'Assortiment pralines', 'Pralinenmischung', '什锦夹心巧克力', '什錦夾心巧克力'),
    (1, 'chocolate-bars', '180632', 'PIECE', 3.90, 100, 'Dark chocolate bar', 'Tablette de chocolat noir', 'Pure chocoladereep', 'Zartbitterschokolade', '黑巧克力排块', '黑巧克力排塊'),
    (2, 'chocolate-bars', '180632', 'PIECE', 3.50, 100, 'Milk chocolate bar', 'Tablette de chocolat au lait', 'Melkchocoladereep', 'Vollmilchschokolade', '牛奶巧克力', '牛奶巧克力'),
    (3, 'beer', '220300', 'BOTTLE', 2.80, 330, 'Tripel abbey beer', 'Bière triple d''abbaye', 'Tripel abdijbier', 'Tripel Abteibier', '三料修道院啤酒', '三料修道院啤酒'),
    (4, 'beer', '220300', 'BOTTLE', 2.40, 330, 'White beer', 'Bière blanche', 'Witbier', 'Weißbier', '比利时白啤酒', '比利時白啤酒'),
    (5, 'beer', '220300', 'CAN', 2.10, 500, 'Red-brown ale', 'Bière rouge-brune', 'Roodbruin bier', 'Rotbraunbier', '红棕啤酒', '紅棕啤酒'),
    (6, 'biscuits', '190531', 'PACK', 4.20, 250, 'Speculoos biscuits', 'Biscuits spéculoos', 'Speculaaskoekjes', 'Spekulatius', '焦糖饼干', '焦糖餅乾'),
    (7, 'biscuits', '190531', 'BOX', 9.90, 400, 'Butter biscuits', 'Biscuits au beurre', 'Boterkoekjes', 'Buttergebäck', '黄油饼干', '奶油餅乾'),
    (8, 'waffles', '190532', 'PACK', 6.40, 450, 'Liège sugar waffles', 'Gaufres de Liège', 'Luikse wafels', 'Lütticher Waffeln', '列日华夫饼', '列日鬆餅'),
    (9, 'waffles', '190532', 'PACK', 5.60, 300, 'Thin waffles', 'Gaufrettes', 'Dunne wafeltjes', 'Dünne Waffeln', '薄脆华夫饼', '薄脆鬆餅'),
    (10, 'spirits', '220890', 'BOTTLE', 22.00, 700, 'Grain jenever', 'Genièvre de grain', 'Graanjenever', 'Korngenever', '谷物杜松子酒', '穀物杜松子酒'),
    (11, 'skincare', '330499', 'JAR', 38.00, 50, 'Hydrating face cream', 'Crème hydratante', 'Hydraterende crème', 'Feuchtigkeitscreme', '保湿面霜', '保濕面霜'),
    (12, 'skincare', '330499', 'BOTTLE', 29.00, 100, 'Rose serum', 'Sérum à la rose', 'Rozenserum', 'Rosenserum', '玫瑰精华液', '玫瑰精華液'),
    (13, 'confectionery', '170490', 'JAR', 7.80, 200, 'Marshmallow bears', 'Oursons guimauve', 'Marshmallowbeertjes', 'Marshmallow-Bären', '棉花糖小熊', '棉花糖小熊'),
    (14, 'spreads', '200799', 'JAR', 4.60, 450, 'Apple and pear syrup', 'Sirop de pommes et poires', 'Appel-perenstroop', 'Apfel-Birnen-Kraut', '苹果梨糖浆', '蘋果梨糖漿'),
    (15, 'dairy', '040690', 'PIECE', 8.50, 200, 'Soft cheese', 'Fromage à pâte molle', 'Zachte kaas', 'Weichkäse', '软奶酪', '軟乳酪'),
    (16, 'dairy', '040221', 'BOX', 29.00, 800, 'Whole milk powder', 'Lait entier en poudre', 'Volle melkpoeder', 'Vollmilchpulver', '全脂奶粉', '全脂奶粉'),
    (17, 'textiles', '580421', 'PIECE', 65.00, 120, 'Lace doily', 'Napperon en dentelle', 'Kanten kleedje', 'Spitzendeckchen', '蕾丝桌垫', '蕾絲桌墊'))
INSERT INTO listing (id, agency_code, supplier_id, external_id, title_en, title_fr, title_nl, title_de, title_zh_cn,
                     title_zh_tw, description_en, description_zh_cn, category_code, hs_code, price_eur, unit,
                     stock_quantity, net_weight_grams, origin_region, status, created_at, updated_at, version)
SELECT i,
       (ARRAY['FIT', 'HUB', 'AWEX'])[1 + i % 3],
       1 + (i * 7919) % :suppliers,
       'bench-' || i,
       f.en || ' ' || p.en || ' ' || i, p.fr || ' ' || f.fr || ' ' || i, f.nl || ' ' || p.nl || ' ' || i,
       f.de || ' ' || p.de || ' ' || i, f.zh_cn || p.zh_cn || ' ' || i, f.zh_tw || p.zh_tw || ' ' || i,
       'Made in Belgium, batch ' || (i % 997), '比利时制造，批次 ' || (i % 997),
       p.category, p.hs, round(p.price * (0.8 + (i % 41) / 50.0), 2), p.unit,
       CASE WHEN i % 23 = 0 THEN 0 ELSE 10 + i % 990 END,
       p.grams,
       (ARRAY['FLANDERS', 'BRUSSELS', 'WALLONIA'])[1 + i % 3],
       CASE WHEN i % 20 = 0 THEN 'DRAFT' WHEN i % 31 = 0 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END,
       now() - make_interval(mins => i), now() - make_interval(mins => i), 0
  FROM generate_series(1, :listings) AS i
  JOIN product p ON p.n = i % 18
  JOIN flavour f ON f.n = (i / 18) % 24;

INSERT INTO listing_certification (listing_id, certification_code)
SELECT id, c FROM listing,
       LATERAL (VALUES ('organic', id % 5 = 0), ('fairtrade', id % 7 = 0), ('vegan', id % 11 = 0),
                       ('halal', id % 13 = 0), ('belgian-chocolate-code', category_code IN ('pralines', 'chocolate-bars') AND id % 2 = 0)) AS v(c, has)
 WHERE has;

SELECT setval('supplier_seq', (SELECT max(id) FROM supplier) + 1);
SELECT setval('listing_seq', (SELECT max(id) FROM listing) + 1);
COMMIT;
ANALYZE;
