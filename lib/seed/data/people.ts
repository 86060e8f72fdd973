import type { Random } from "../random";

// Name pools for the fictional people in the demo (partner contacts, exchange participants,
// delegation members), by country or region, romanised as they would appear in an
// English-language record. Combinations are drawn at random; any resemblance to a real
// person is a coincidence of common names.

export type Gender = "f" | "m";

export type NamePool =
  | {
      kind: "parts";
      given: Record<Gender, readonly string[]>;
      /** Family names by gender, for languages whose surnames agree (Ivanov/Ivanova). */
      family: Record<Gender, readonly string[]>;
      /** Chinese-style order: family name first. */
      familyFirst?: boolean;
    }
  | { kind: "full"; names: Record<Gender, readonly string[]> };

const same = (names: readonly string[]) => ({ f: names, m: names });

export const NAME_POOLS: Record<string, NamePool> = {
  CN: {
    kind: "parts",
    familyFirst: true,
    given: {
      f: ["Fang", "Na", "Min", "Jing", "Xiuying", "Yan", "Ting", "Ruoxi", "Siyu", "Mengqi", "Jiayi", "Shuang", "Xinyi", "Yutong", "Zixuan", "Wenjing"],
      m: ["Wei", "Lei", "Jie", "Tao", "Ming", "Chao", "Hao", "Jun", "Haoran", "Zimo", "Yichen", "Zhiyuan", "Kaiwen", "Yuxuan", "Junjie", "Zihao"],
    },
    family: same(["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Song", "Zheng", "Xie", "Han"]),
  },
  DE: {
    kind: "parts",
    given: {
      f: ["Anna", "Lea", "Lena", "Hannah", "Sophie", "Marie", "Laura", "Julia", "Katharina", "Johanna", "Clara", "Miriam"],
      m: ["Lukas", "Leon", "Jonas", "Felix", "Paul", "Maximilian", "Tobias", "Niklas", "Jan", "Moritz", "Florian", "Matthias"],
    },
    family: same(["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Braun"]),
  },
  GB: {
    kind: "parts",
    given: {
      f: ["Amelia", "Olivia", "Isla", "Emily", "Charlotte", "Sophie", "Grace", "Hannah", "Eleanor", "Lucy"],
      m: ["Oliver", "George", "Harry", "Jack", "James", "Thomas", "William", "Samuel", "Joseph", "Daniel"],
    },
    family: same(["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall", "Wood"]),
  },
  US: {
    kind: "parts",
    given: {
      f: ["Emma", "Ava", "Mia", "Madison", "Jessica", "Hannah", "Abigail", "Emily", "Sarah", "Natalie"],
      m: ["Liam", "Noah", "Ethan", "Mason", "Tyler", "Daniel", "Michael", "Andrew", "Ryan", "Christopher"],
    },
    family: same(["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Clark", "Lewis", "Young", "Allen", "King", "Scott", "Nguyen"]),
  },
  AU: {
    kind: "parts",
    given: {
      f: ["Charlotte", "Chloe", "Ruby", "Zoe", "Matilda", "Isabella", "Sienna", "Georgia", "Mia", "Ella"],
      m: ["Jack", "William", "Lachlan", "Mitchell", "Harrison", "Cooper", "Liam", "Riley", "Angus", "Thomas"],
    },
    family: same(["Smith", "Nguyen", "Kelly", "Ryan", "O'Brien", "Campbell", "Mitchell", "Stewart", "Murphy", "Cooper", "Jones", "Walsh"]),
  },
  NL: {
    kind: "parts",
    given: {
      f: ["Sanne", "Femke", "Lotte", "Eva", "Anouk", "Fleur", "Iris", "Noor", "Sophie", "Lisa"],
      m: ["Daan", "Sem", "Lars", "Bram", "Thijs", "Ruben", "Jesse", "Tim", "Stijn", "Joris"],
    },
    family: same(["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos"]),
  },
  BG: {
    kind: "parts",
    given: {
      f: ["Maria", "Elena", "Desislava", "Petya", "Ivana", "Gergana", "Teodora", "Viktoria", "Radostina", "Yoana"],
      m: ["Georgi", "Ivan", "Dimitar", "Nikolay", "Kaloyan", "Radoslav", "Stoyan", "Hristo", "Martin", "Plamen"],
    },
    family: {
      f: ["Ivanova", "Petrova", "Georgieva", "Dimitrova", "Nikolova", "Stoyanova", "Todorova", "Koleva", "Hristova", "Marinova"],
      m: ["Ivanov", "Petrov", "Georgiev", "Dimitrov", "Nikolov", "Stoyanov", "Todorov", "Kolev", "Hristov", "Marinov"],
    },
  },
  IE: {
    kind: "parts",
    given: {
      f: ["Ciara", "Aoife", "Niamh", "Saoirse", "Róisín", "Orla", "Sinéad", "Caoimhe", "Emma", "Clodagh"],
      m: ["Seán", "Conor", "Cian", "Oisín", "Darragh", "Eoin", "Liam", "Cathal", "Ronan", "Fionn"],
    },
    family: same(["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Connor", "McCarthy", "Byrne", "Ryan", "Doyle", "Kennedy", "Lynch", "Quinn"]),
  },
  JP: {
    kind: "parts",
    given: {
      f: ["Yui", "Hina", "Aoi", "Sakura", "Mio", "Yuna", "Rin", "Saki", "Haruka", "Nanami"],
      m: ["Haruto", "Yuto", "Sota", "Riku", "Ren", "Kaito", "Takumi", "Daiki", "Kenta", "Shun"],
    },
    family: same(["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"]),
  },
  KR: {
    kind: "parts",
    given: {
      f: ["Seo-yeon", "Ha-eun", "Ji-woo", "Su-bin", "Ye-jin", "Min-seo", "Da-eun", "Yu-na", "Ji-min", "Soo-ah"],
      m: ["Min-jun", "Ji-ho", "Do-yun", "Seo-jun", "Hyun-woo", "Jun-seo", "Ye-jun", "Woo-jin", "Sung-min", "Tae-yang"],
    },
    family: same(["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]),
  },
  FR: {
    kind: "parts",
    given: {
      f: ["Chloé", "Manon", "Camille", "Léa", "Inès", "Juliette", "Clémence", "Margaux", "Élise", "Pauline"],
      m: ["Lucas", "Hugo", "Louis", "Mathis", "Théo", "Antoine", "Julien", "Nicolas", "Maxime", "Baptiste"],
    },
    family: same(["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Girard"]),
  },
  ES: {
    kind: "parts",
    given: {
      f: ["Lucía", "María", "Paula", "Carmen", "Marta", "Laura", "Elena", "Alba", "Sara", "Irene"],
      m: ["Alejandro", "Pablo", "Daniel", "Javier", "Sergio", "Adrián", "Álvaro", "Hugo", "Diego", "Jorge"],
    },
    family: same(["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Navarro", "Molina"]),
  },
  IT: {
    kind: "parts",
    given: {
      f: ["Giulia", "Sofia", "Chiara", "Martina", "Elena", "Francesca", "Alessia", "Sara", "Valentina", "Beatrice"],
      m: ["Francesco", "Alessandro", "Lorenzo", "Matteo", "Giorgio", "Luca", "Marco", "Andrea", "Davide", "Simone"],
    },
    family: same(["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti", "Galli"]),
  },
  FI: {
    kind: "parts",
    given: {
      f: ["Aino", "Emilia", "Sanni", "Venla", "Iida", "Aada", "Helmi", "Veera", "Siiri", "Elina"],
      m: ["Mikko", "Juho", "Eetu", "Ville", "Lauri", "Antti", "Onni", "Eero", "Joonas", "Tuomas"],
    },
    family: same(["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen"]),
  },
  PL: {
    kind: "parts",
    given: {
      f: ["Zuzanna", "Julia", "Aleksandra", "Magdalena", "Katarzyna", "Agnieszka", "Natalia", "Maja", "Weronika", "Karolina"],
      m: ["Jakub", "Kacper", "Szymon", "Piotr", "Tomasz", "Michał", "Bartosz", "Mateusz", "Paweł", "Krzysztof"],
    },
    family: {
      f: ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska", "Woźniak", "Dąbrowska"],
      m: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski"],
    },
  },
  RU: {
    kind: "parts",
    given: {
      f: ["Anastasia", "Maria", "Ekaterina", "Polina", "Daria", "Olga", "Sofia", "Alina", "Ksenia", "Yulia"],
      m: ["Dmitry", "Alexei", "Ivan", "Sergei", "Nikita", "Artyom", "Mikhail", "Pavel", "Andrei", "Kirill"],
    },
    family: {
      f: ["Ivanova", "Smirnova", "Kuznetsova", "Popova", "Sokolova", "Volkova", "Morozova", "Novikova", "Fedorova", "Lebedeva"],
      m: ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov", "Morozov", "Novikov", "Fedorov", "Lebedev"],
    },
  },
  KZ: {
    kind: "parts",
    given: {
      f: ["Aruzhan", "Aigerim", "Dana", "Madina", "Zhanar", "Ainur", "Kamila", "Togzhan", "Dinara", "Saule"],
      m: ["Nursultan", "Yerlan", "Daniyar", "Arman", "Askar", "Timur", "Alikhan", "Bauyrzhan", "Yerassyl", "Azamat"],
    },
    family: {
      f: ["Akhmetova", "Zhakupova", "Omarova", "Iskakova", "Sarsenbayeva", "Abenova", "Kassymova", "Nurpeisova"],
      m: ["Akhmetov", "Zhakupov", "Omarov", "Iskakov", "Sarsenbayev", "Abenov", "Kassymov", "Nurpeisov"],
    },
  },
  TH: {
    kind: "parts",
    given: {
      f: ["Chanokporn", "Pimchanok", "Siriporn", "Wipada", "Apinya", "Kanokwan", "Nattaya", "Supaporn", "Ratchanee", "Orathai"],
      m: ["Nattapong", "Kittisak", "Somchai", "Thanawat", "Phuwadol", "Teerapat", "Anan", "Chaiwat", "Pongsakorn", "Wichai"],
    },
    family: same(["Wongsa", "Boonmee", "Srisawat", "Chaiyasit", "Rattanakorn", "Sukprasert", "Thongchai", "Kaewkla", "Saetang", "Phromma"]),
  },
  MY: {
    kind: "full",
    names: {
      f: ["Nurul Aina binti Rahman", "Siti Aisyah binti Omar", "Tan Wei Ling", "Priya a/p Subramaniam", "Nur Syafiqah binti Hassan", "Lim Xin Yi", "Farah Nadia binti Aziz", "Chong Mei Qi"],
      m: ["Muhammad Faiz bin Ismail", "Ahmad Hafiz bin Zulkifli", "Lim Jun Hao", "Ong Kah Wai", "Arjun a/l Raj", "Mohd Amirul bin Yusof", "Tan Chee Keong", "Haziq bin Roslan"],
    },
  },
  SG: {
    kind: "full",
    names: {
      f: ["Tan Jia Hui", "Nur Hidayah binte Salleh", "Chua Shu Ting", "Ng Hui Min", "Kavitha Nair", "Lee Xin Hui", "Siti Nurhaliza binte Ahmad", "Goh Pei Shan"],
      m: ["Lim Wei Jie", "Rajesh Kumar", "Goh Zhi Wei", "Muhammad Irfan bin Rahim", "Lee Jun Jie", "Wong Kai Xiang", "Ong Jun Kai", "Teo Wei Ming"],
    },
  },
  NZ: {
    kind: "parts",
    given: {
      f: ["Charlotte", "Isla", "Ella", "Aroha", "Mia", "Amelia", "Hana", "Ruby", "Olivia", "Maia"],
      m: ["Oliver", "Jack", "Liam", "Tāne", "Hemi", "Nikau", "James", "Lucas", "Hunter", "Mason"],
    },
    family: same(["Smith", "Williams", "Wilson", "Taylor", "Brown", "Ngata", "Thompson", "Walker", "Parata", "Robinson", "Te Whata", "Harris"]),
  },
  CA: {
    kind: "parts",
    given: {
      f: ["Olivia", "Emma", "Charlotte", "Léa", "Sophie", "Chloé", "Avery", "Maya", "Zoé", "Florence"],
      m: ["Liam", "Noah", "Benjamin", "Félix", "William", "Logan", "Samuel", "Thomas", "Nathan", "Gabriel"],
    },
    family: same(["Tremblay", "Gagnon", "Roy", "Côté", "Smith", "Brown", "Wilson", "Martin", "Bouchard", "Campbell", "Lavoie", "MacDonald"]),
  },
  BR: {
    kind: "parts",
    given: {
      f: ["Beatriz", "Mariana", "Larissa", "Ana Clara", "Júlia", "Camila", "Letícia", "Gabriela", "Fernanda", "Isabela"],
      m: ["Miguel", "Arthur", "Gabriel", "Rafael", "Lucas", "Pedro", "Matheus", "Gustavo", "Felipe", "Thiago"],
    },
    family: same(["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Lima", "Carvalho", "Ribeiro"]),
  },
  HK: {
    kind: "full",
    names: {
      f: ["Chan Tsz Ching", "Lee Hoi Yan", "Lau Wing Sze", "Leung Pui Man", "Yip Sze Wai", "Cheung Hiu Tung", "Wong Ka Yan", "Ho Wing Yi"],
      m: ["Wong Ka Ho", "Cheung Chun Kit", "Ng Ho Yin", "Ho Ka Lok", "Tang Wai Kit", "Chan Chi Hung", "Lam Tsz Hin", "Kwok Man Chun"],
    },
  },
  TW: {
    kind: "full",
    names: {
      f: ["Chen Yu-ting", "Huang Yi-chen", "Lee Pei-shan", "Wu Hsin-yi", "Liu Tzu-hsuan", "Yang Shu-fen", "Tsai Ya-wen", "Lin Hsiao-han"],
      m: ["Lin Chia-hao", "Chang Wei-lun", "Wang Chien-hung", "Tsai Ming-che", "Kuo Po-yu", "Hsu Kuan-ting", "Chen Chih-wei", "Huang Tsung-han"],
    },
  },
  MO: {
    kind: "full",
    names: {
      f: ["Leong Ka Man", "Chan Weng Ian", "Lam Iok Teng", "Ieong Sok Man", "Lao Ian Ian", "Ho Sio Lan", "Wong Pui San", "Choi Hoi Ieng"],
      m: ["Lei Chi Hou", "Wong Sio Kei", "Ho Ka Weng", "Cheang Chon Hin", "Sou Kin Long", "Kuok Wa Hou", "Chan Chi Fong", "Lou Hou In"],
    },
  },
};

/** International calling codes, for plausible-looking phone numbers. */
export const CALLING_CODES: Record<string, string> = {
  CN: "86", DE: "49", GB: "44", US: "1", AU: "61", NL: "31", BG: "359", IE: "353", JP: "81", KR: "82",
  FR: "33", ES: "34", IT: "39", FI: "358", PL: "48", RU: "7", KZ: "7", TH: "66", MY: "60", SG: "65",
  NZ: "64", CA: "1", BR: "55", HK: "852", TW: "886", MO: "853",
};

export const CONTACT_POSITIONS: Record<"university" | "institute" | "enterprise" | "agency", readonly string[]> = {
  university: [
    "Director, International Office",
    "International Relations Officer",
    "Erasmus+ Institutional Coordinator",
    "Exchange Coordinator, School of Engineering",
    "Head of Global Partnerships",
    "Incoming Students Coordinator",
    "Study Abroad Adviser",
    "Vice-President for International Affairs",
  ],
  institute: ["Head of International Cooperation", "Senior Scientist", "Programme Manager, Asia"],
  enterprise: ["University Relations Manager", "Talent Programme Lead", "Head of Research Partnerships"],
  agency: ["Programme Specialist, Higher Education", "Head of Asia-Pacific Desk", "Liaison Officer"],
};

export const CONTACT_NOTES: readonly string[] = [
  "Prefers e-mail; slow to answer in August.",
  "Main contact for nominations and learning agreements.",
  "Speaks Mandarin; met at the last NAFSA conference.",
  "Signs invitation letters on behalf of the dean.",
  "Replaced the previous coordinator last spring.",
];

// ASCII local parts for the fictional e-mail addresses.
const FOLD: Record<string, string> = { ß: "ss", ł: "l", Ł: "l", ø: "o", æ: "ae", đ: "d", ı: "i" };

export function emailLocalPart(name: string): string {
  return name
    .replace(/[ßłŁøæđı]/g, (ch) => FOLD[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(binti|binte|bin|a\/p|a\/l)\b/g, " ")
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
}

/** A fictional person's name, typical of the country or region (English-language pools stand in elsewhere). */
export function drawName(random: Random, country: string, gender: Gender = random.chance(0.5) ? "f" : "m"): string {
  const pool = NAME_POOLS[country] ?? NAME_POOLS.GB;
  if (!pool) throw new Error("name pools are missing");
  if (pool.kind === "full") return random.pick(pool.names[gender]);
  const given = random.pick(pool.given[gender]);
  const family = random.pick(pool.family[gender]);
  return pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
}
