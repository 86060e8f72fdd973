import type { Client } from "pg";

// `npm run db:generate-large`: a database the size of a large office's twenty years of work,
// for benchmarks and query plans. Generated inside PostgreSQL (INSERT … SELECT over
// generate_series), so a million exchanges take seconds, not the hours row-by-row inserts
// from Node would. Deterministic: every choice is a hash of the row number.
//
// Shape: partners in 80 cities of 30 countries, named the way institutions are ("Kyoto
// University of Technology", native 京都科技大学); agreements of every kind and status with
// one or two partners and dates spread over 2006–2031; exchanges both ways over 15
// academic years, most under an agreement.

export type LargeSizes = { partners: number; agreements: number; exchanges: number };

export const FULL_SIZE: LargeSizes = { partners: 20_000, agreements: 100_000, exchanges: 1_000_000 };

/** [country, city in English, city in its own script (for names in Chinese, Japanese, Korean)]. */
const CITIES: readonly (readonly [string, string, string | null])[] = [
  ["CN", "Beijing", "北京"], ["CN", "Shanghai", "上海"], ["CN", "Nanjing", "南京"], ["CN", "Wuhan", "武汉"],
  ["CN", "Chengdu", "成都"], ["CN", "Xi'an", "西安"], ["CN", "Harbin", "哈尔滨"], ["CN", "Guangzhou", "广州"],
  ["CN", "Hangzhou", "杭州"], ["CN", "Tianjin", "天津"], ["CN", "Dalian", "大连"], ["CN", "Chongqing", "重庆"],
  ["CN", "Shenzhen", "深圳"], ["CN", "Xiamen", "厦门"], ["CN", "Jinan", "济南"], ["CN", "Changsha", "长沙"],
  ["TW", "Taipei", "台北"], ["TW", "Tainan", "台南"], ["HK", "Hong Kong", "香港"], ["MO", "Macao", "澳门"],
  ["JP", "Tokyo", "東京"], ["JP", "Kyoto", "京都"], ["JP", "Osaka", "大阪"], ["JP", "Sendai", "仙台"], ["JP", "Fukuoka", "福岡"],
  ["KR", "Seoul", "서울"], ["KR", "Busan", "부산"], ["KR", "Daejeon", "대전"],
  ["DE", "Munich", null], ["DE", "Aachen", null], ["DE", "Berlin", null], ["DE", "Dresden", null], ["DE", "Stuttgart", null],
  ["FR", "Paris", null], ["FR", "Lyon", null], ["FR", "Grenoble", null], ["FR", "Toulouse", null],
  ["GB", "London", null], ["GB", "Leeds", null], ["GB", "Manchester", null], ["GB", "Edinburgh", null],
  ["IT", "Milan", null], ["IT", "Bologna", null], ["IT", "Turin", null], ["ES", "Madrid", null], ["ES", "Valencia", null],
  ["NL", "Delft", null], ["NL", "Eindhoven", null], ["BE", "Leuven", null], ["CH", "Zurich", null], ["AT", "Vienna", null],
  ["SE", "Stockholm", null], ["FI", "Oulu", null], ["DK", "Aarhus", null], ["NO", "Trondheim", null],
  ["PL", "Warsaw", null], ["PL", "Kraków", null], ["CZ", "Prague", null], ["HU", "Budapest", null], ["RU", "Kazan", null],
  ["RU", "Saint Petersburg", null], ["KZ", "Almaty", null], ["US", "Boston", null], ["US", "Chicago", null],
  ["US", "Seattle", null], ["US", "Houston", null], ["CA", "Toronto", null], ["CA", "Waterloo", null],
  ["AU", "Melbourne", null], ["AU", "Adelaide", null], ["NZ", "Auckland", null], ["SG", "Singapore", null],
  ["MY", "Kuala Lumpur", null], ["TH", "Bangkok", null], ["VN", "Hanoi", null], ["ID", "Bandung", null],
  ["BR", "São Paulo", null], ["BR", "Campinas", null], ["ZA", "Cape Town", null], ["EG", "Cairo", null],
];

/** [field in English, in Chinese]: "{city} University of {field}", native "{城市}{领域}大学". */
const FIELDS: readonly (readonly [string, string])[] = [
  ["Technology", "科技"], ["Science and Technology", "理工"], ["Foreign Studies", "外国语"], ["Agriculture", "农业"],
  ["Finance and Economics", "财经"], ["Medicine", "医科"], ["Fine Arts", "美术"], ["Transport", "交通"],
  ["Petroleum", "石油"], ["Forestry", "林业"], ["Ocean Studies", "海洋"], ["Aeronautics", "航空航天"],
  ["Education", "师范"], ["Political Science and Law", "政法"], ["Chemical Technology", "化工"],
  ["Electronic Science", "电子科技"], ["Mining", "矿业"], ["Sport", "体育"], ["Music", "音乐"],
  ["Languages and Cultures", "语言文化"], ["Architecture", "建筑"], ["Pharmacy", "药科"], ["Commerce", "商业"],
  ["Water Resources", "水利"], ["Textiles", "纺织"], ["Posts and Telecommunications", "邮电"], ["Geosciences", "地质"],
  ["Traditional Medicine", "中医药"], ["International Studies", "国际关系"], ["Engineering", "工程"],
];

const PEOPLE_GIVEN = ["Anna", "Li", "Wei", "Maria", "Jonas", "Yuki", "Min-jun", "Sofia", "Lucas", "Fatima", "Ivan", "Chloé", "Mateo", "Aiko", "Ravi", "Elena", "Tom", "Hana", "Omar", "Lea"];
const PEOPLE_FAMILY = ["Müller", "Wang", "Zhang", "Rossi", "Smith", "Tanaka", "Kim", "García", "Dubois", "Nowak", "Ivanova", "Chen", "Liu", "Sato", "Park", "Jansen", "Silva", "Kowalski", "Novak", "Yilmaz"];

/** A number in [0, n) fixed by the row number and a salt: the generator's only randomness. */
const pick = (row: string, salt: string, n: number | string) => `(abs(hashtext(${row}::text || '${salt}')) % ${n})`;

/** Fills an empty, migrated database (demo users and faculties in place) to the given sizes. */
export async function generateLarge(client: Client, sizes: LargeSizes, log: (line: string) => void = () => {}): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  await step(
    "partners",
    `INSERT INTO "Partner" (id, "nameEn", "nameNative", acronym, kind, country, city, website, status, tags, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), name_en, name_native, acronym, kind::"PartnerKind", country, city,
            'https://www.' || lower(regexp_replace(city, '[^A-Za-z]', '', 'g')) || '-' || i || '.example.org',
            (ARRAY['ACTIVE','ACTIVE','ACTIVE','PROSPECTIVE','DORMANT','ENDED'])[1 + ${pick("i", "status", 6)}]::"PartnerStatus",
            string_to_array((ARRAY['', 'erasmus', 'strategic', 'belt-and-road', 'summer-school,erasmus', 'research'])[1 + ${pick("i", "tags", 6)}], ','),
            timestamp '2006-01-01' + (${pick("i", "created", 7300)} * interval '1 day'), now()
     FROM (
       SELECT i, c.country, c.city, f.field_en, f.field_zh, pattern,
              CASE pattern
                WHEN 0 THEN c.city || ' University of ' || f.field_en
                WHEN 1 THEN 'University of ' || f.field_en || ', ' || c.city
                WHEN 2 THEN c.city || ' Institute of ' || f.field_en
                WHEN 3 THEN c.city || ' ' || f.field_en || ' Research Centre'
                ELSE c.city || ' ' || f.field_en || ' Group'
              END AS name_en,
              CASE WHEN c.city_native IS NULL THEN NULL
                   WHEN pattern = 2 THEN c.city_native || f.field_zh || '研究院'
                   WHEN pattern = 3 THEN c.city_native || f.field_zh || '研究中心'
                   WHEN pattern = 4 THEN c.city_native || f.field_zh || '集团'
                   ELSE c.city_native || f.field_zh || '大学' END AS name_native,
              CASE WHEN pattern < 2 THEN upper(left(regexp_replace(c.city, '[^A-Za-z]', '', 'g'), 2)) || upper(left(f.field_en, 1)) || 'U' END AS acronym,
              (ARRAY['UNIVERSITY','UNIVERSITY','RESEARCH_INSTITUTE','RESEARCH_INSTITUTE','ENTERPRISE'])[pattern + 1] AS kind
       FROM (SELECT i, ${pick("i", "pattern", 10)} AS p10 FROM generate_series(1, $1::int) AS i) s
       CROSS JOIN LATERAL (SELECT CASE WHEN p10 < 6 THEN p10 % 2 WHEN p10 < 8 THEN p10 - 4 ELSE 4 END AS pattern) pt
       JOIN (SELECT ordinality - 1 AS n, country, city, city_native FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(country, city, city_native)) c
         ON c.n = ${pick("i", "city", "$5::int")}
       JOIN (SELECT ordinality - 1 AS n, field_en, field_zh FROM unnest($6::text[], $7::text[]) WITH ORDINALITY AS t(field_en, field_zh)) f
         ON f.n = ${pick("i", "field", "$8::int")}
     ) named`,
    [
      sizes.partners,
      CITIES.map((c) => c[0]), CITIES.map((c) => c[1]), CITIES.map((c) => c[2]), CITIES.length,
      FIELDS.map((f) => f[0]), FIELDS.map((f) => f[1]), FIELDS.length,
    ],
  );

  // Numbered lookups, so a row number can pick "a random partner" by a join on n.
  await client.query(`CREATE TEMP TABLE pick_partner AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, "nameEn", country FROM "Partner" WHERE "deletedAt" IS NULL`);
  await client.query(`CREATE UNIQUE INDEX ON pick_partner (n)`);
  await client.query(`CREATE TEMP TABLE pick_user AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM "User" WHERE role IN ('ADMIN', 'STAFF')`);
  const { rows: [counts] } = await client.query<{ partners: number; users: number }>(
    `SELECT (SELECT count(*) FROM pick_partner)::int AS partners, (SELECT count(*) FROM pick_user)::int AS users`,
  );

  // Agreements are drawn in a scratch table first, so each keeps the partner its title names.
  await client.query(
    `CREATE TEMP TABLE gen_agreement AS
     SELECT row_number() OVER (ORDER BY i) - 1 AS n, gen_random_uuid() AS id, i, k, signed, years, p.id AS partner_id, p."nameEn" AS partner_name, u.id AS owner_id
     FROM (SELECT i, ${pick("i", "kind", 9)} AS k, date '2006-01-01' + ${pick("i", "signed", 9300)}::int AS signed, 1 + ${pick("i", "years", 5)} AS years
           FROM generate_series(1, $1::int) AS i) a
     JOIN pick_partner p ON p.n = ${pick("i", "partner", "$2::int")}
     JOIN pick_user u ON u.n = ${pick("i", "owner", "$3::int")}`,
    [sizes.agreements, counts?.partners ?? 1, counts?.users ?? 1],
  );
  await client.query(`CREATE UNIQUE INDEX ON gen_agreement (n)`);
  await step(
    "agreements",
    `INSERT INTO "Agreement" (id, "referenceNumber", title, kind, status, "signedOn", "effectiveOn", "expiresOn", "autoRenews", "ownerId", "createdAt", "updatedAt")
     SELECT id, 'L-' || to_char(signed, 'YYYY') || '-' || lpad(i::text, 6, '0'),
            (ARRAY['Memorandum of understanding with ','Student exchange agreement with ','Staff exchange agreement with ','Joint degree programme with ',
                   'Cooperative programme with ','Research collaboration with ','Joint laboratory with ','Training agreement with ','Cooperation agreement with '])[k + 1] || partner_name,
            (ARRAY['MOU','STUDENT_EXCHANGE','STAFF_EXCHANGE','JOINT_DEGREE','COOPERATIVE_PROGRAMME','RESEARCH','JOINT_LAB','TRAINING','OTHER'])[k + 1]::"AgreementKind",
            CASE WHEN signed > current_date THEN (ARRAY['DRAFT','IN_NEGOTIATION','AWAITING_SIGNATURE'])[1 + ${pick("i", "open", 3)}]
                 WHEN ${pick("i", "ended", 20)} = 0 THEN 'TERMINATED'
                 WHEN signed + 30 + (years * interval '1 year') < current_date THEN 'EXPIRED'
                 ELSE 'ACTIVE' END::"AgreementStatus",
            CASE WHEN signed <= current_date THEN signed END, signed + 30, (signed + 30 + (years * interval '1 year'))::date,
            ${pick("i", "renews", 4)} = 0, owner_id, signed, now()
     FROM gen_agreement`,
  );
  await step(
    "agreement partners",
    // The partner its title names, and a second one for one agreement in five.
    `INSERT INTO "AgreementPartner" ("agreementId", "partnerId")
     SELECT id, partner_id FROM gen_agreement
     UNION
     SELECT g.id, p.id FROM gen_agreement g JOIN pick_partner p ON p.n = ${pick("g.i", "second", "$1::int")}
     WHERE ${pick("g.i", "two", 5)} = 0`,
    [counts?.partners ?? 1],
  );

  await step(
    "exchanges",
    // Four in five under one of the agreements, with its first partner; the rest directly with it.
    `INSERT INTO "Exchange" (id, direction, kind, "participantType", "participantName", "partnerId", "agreementId", "startsOn", "endsOn", "academicYear", status, "createdAt", "updatedAt")
     SELECT gen_random_uuid(),
            (ARRAY['OUTBOUND','INBOUND'])[1 + ${pick("e.i", "dir", 2)}]::"Direction",
            (ARRAY['SEMESTER_EXCHANGE','SEMESTER_EXCHANGE','YEAR_EXCHANGE','DUAL_DEGREE','SHORT_PROGRAMME','INTERNSHIP','STAFF_TEACHING','STAFF_TRAINING','CONFERENCE'])[e.k + 1]::"ExchangeKind",
            CASE WHEN e.k >= 6 THEN 'STAFF' ELSE 'STUDENT' END::"ParticipantType",
            ($2::text[])[1 + ${pick("e.i", "given", 20)}] || ' ' || ($3::text[])[1 + ${pick("e.i", "family", 20)}],
            g.partner_id, CASE WHEN ${pick("e.i", "under", 5)} > 0 THEN g.id END,
            starts, starts + (CASE WHEN e.k = 2 THEN 300 WHEN e.k < 2 THEN 150 ELSE 20 END), year,
            CASE WHEN starts > current_date THEN 'PLANNED' WHEN ${pick("e.i", "cancel", 25)} = 0 THEN 'CANCELLED'
                 WHEN starts + 150 > current_date THEN 'UNDER_WAY' ELSE 'COMPLETED' END::"ExchangeStatus",
            starts - 120, now()
     FROM (SELECT i, k, year, make_date(year, 9, 1) + ${pick("i", "day", 150)}::int AS starts
           FROM (SELECT i, ${pick("i", "kind", 9)} AS k, 2012 + ${pick("i", "year", 15)} AS year FROM generate_series(1, $1::int) AS i) r) e
     JOIN gen_agreement g ON g.n = ${pick("e.i", "agreement", "$4::int")}`,
    [sizes.exchanges, PEOPLE_GIVEN, PEOPLE_FAMILY, Math.max(sizes.agreements, 1)],
  );
  await step("analyze", "ANALYZE");
}
