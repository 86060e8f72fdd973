// ISCED-F 2013 (UNESCO's fields of education and training): the narrow fields (3 digits)
// and the detailed fields (4 digits) exchange agreements name, in English and Chinese.
// Erasmus Without Paper IIAs carry the code; people read the name. A small static list:
// it changes once a decade.

export type IscedField = { code: string; en: string; zh: string };

export const ISCED_FIELDS: readonly IscedField[] = [
  { code: "011", en: "Education", zh: "教育" },
  { code: "0111", en: "Education science", zh: "教育科学" },
  { code: "0112", en: "Training for pre-school teachers", zh: "学前教师培训" },
  { code: "0113", en: "Teacher training without subject specialisation", zh: "非学科专门化的教师培训" },
  { code: "0114", en: "Teacher training with subject specialisation", zh: "学科专门化的教师培训" },
  { code: "021", en: "Arts", zh: "艺术" },
  { code: "0211", en: "Audio-visual techniques and media production", zh: "视听技术与媒体制作" },
  { code: "0212", en: "Fashion, interior and industrial design", zh: "时装、室内与工业设计" },
  { code: "0213", en: "Fine arts", zh: "美术" },
  { code: "0215", en: "Music and performing arts", zh: "音乐与表演艺术" },
  { code: "022", en: "Humanities (except languages)", zh: "人文学科（语言除外）" },
  { code: "0221", en: "Religion and theology", zh: "宗教与神学" },
  { code: "0222", en: "History and archaeology", zh: "历史与考古" },
  { code: "0223", en: "Philosophy and ethics", zh: "哲学与伦理学" },
  { code: "023", en: "Languages", zh: "语言" },
  { code: "0231", en: "Language acquisition", zh: "语言习得" },
  { code: "0232", en: "Literature and linguistics", zh: "文学与语言学" },
  { code: "031", en: "Social and behavioural sciences", zh: "社会与行为科学" },
  { code: "0311", en: "Economics", zh: "经济学" },
  { code: "0312", en: "Political sciences and civics", zh: "政治学与公民学" },
  { code: "0313", en: "Psychology", zh: "心理学" },
  { code: "0314", en: "Sociology and cultural studies", zh: "社会学与文化研究" },
  { code: "032", en: "Journalism and information", zh: "新闻与信息" },
  { code: "0321", en: "Journalism and reporting", zh: "新闻与报道" },
  { code: "0322", en: "Library, information and archival studies", zh: "图书馆、情报与档案学" },
  { code: "041", en: "Business and administration", zh: "商业与管理" },
  { code: "0411", en: "Accounting and taxation", zh: "会计与税务" },
  { code: "0412", en: "Finance, banking and insurance", zh: "金融、银行与保险" },
  { code: "0413", en: "Management and administration", zh: "管理与行政" },
  { code: "0414", en: "Marketing and advertising", zh: "市场营销与广告" },
  { code: "0416", en: "Wholesale and retail sales", zh: "批发与零售" },
  { code: "042", en: "Law", zh: "法律" },
  { code: "0421", en: "Law", zh: "法学" },
  { code: "051", en: "Biological and related sciences", zh: "生物及相关科学" },
  { code: "0511", en: "Biology", zh: "生物学" },
  { code: "0512", en: "Biochemistry", zh: "生物化学" },
  { code: "052", en: "Environment", zh: "环境" },
  { code: "0521", en: "Environmental sciences", zh: "环境科学" },
  { code: "053", en: "Physical sciences", zh: "物理科学" },
  { code: "0531", en: "Chemistry", zh: "化学" },
  { code: "0532", en: "Earth sciences", zh: "地球科学" },
  { code: "0533", en: "Physics", zh: "物理学" },
  { code: "054", en: "Mathematics and statistics", zh: "数学与统计" },
  { code: "0541", en: "Mathematics", zh: "数学" },
  { code: "0542", en: "Statistics", zh: "统计学" },
  { code: "061", en: "Information and communication technologies", zh: "信息与通信技术" },
  { code: "0611", en: "Computer use", zh: "计算机应用" },
  { code: "0612", en: "Database and network design and administration", zh: "数据库与网络设计和管理" },
  { code: "0613", en: "Software and applications development and analysis", zh: "软件与应用开发和分析" },
  { code: "071", en: "Engineering and engineering trades", zh: "工程与工程技术" },
  { code: "0711", en: "Chemical engineering and processes", zh: "化学工程与工艺" },
  { code: "0712", en: "Environmental protection technology", zh: "环境保护技术" },
  { code: "0713", en: "Electricity and energy", zh: "电力与能源" },
  { code: "0714", en: "Electronics and automation", zh: "电子与自动化" },
  { code: "0715", en: "Mechanics and metal trades", zh: "机械与金属加工" },
  { code: "0716", en: "Motor vehicles, ships and aircraft", zh: "机动车、船舶与飞机" },
  { code: "072", en: "Manufacturing and processing", zh: "制造与加工" },
  { code: "0721", en: "Food processing", zh: "食品加工" },
  { code: "0722", en: "Materials (glass, paper, plastic and wood)", zh: "材料（玻璃、纸、塑料与木材）" },
  { code: "073", en: "Architecture and construction", zh: "建筑与施工" },
  { code: "0731", en: "Architecture and town planning", zh: "建筑学与城市规划" },
  { code: "0732", en: "Building and civil engineering", zh: "建筑与土木工程" },
  { code: "081", en: "Agriculture", zh: "农业" },
  { code: "0811", en: "Crop and livestock production", zh: "种植与畜牧生产" },
  { code: "082", en: "Forestry", zh: "林业" },
  { code: "083", en: "Fisheries", zh: "渔业" },
  { code: "084", en: "Veterinary", zh: "兽医" },
  { code: "091", en: "Health", zh: "卫生" },
  { code: "0911", en: "Dental studies", zh: "牙科" },
  { code: "0912", en: "Medicine", zh: "医学" },
  { code: "0913", en: "Nursing and midwifery", zh: "护理与助产" },
  { code: "0914", en: "Medical diagnostic and treatment technology", zh: "医学诊断与治疗技术" },
  { code: "0916", en: "Pharmacy", zh: "药学" },
  { code: "092", en: "Welfare", zh: "福利" },
  { code: "0923", en: "Social work and counselling", zh: "社会工作与咨询" },
  { code: "101", en: "Personal services", zh: "个人服务" },
  { code: "1015", en: "Travel, tourism and leisure", zh: "旅行、旅游与休闲" },
  { code: "104", en: "Transport services", zh: "运输服务" },
];

const BY_CODE = new Map(ISCED_FIELDS.map((field) => [field.code, field]));

export function isIscedCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** "0613 Software and applications development and analysis", or the bare code if unknown. */
export function iscedLabel(code: string, locale: string): string {
  const field = BY_CODE.get(code);
  return field ? `${code} ${locale === "zh" ? field.zh : field.en}` : code;
}
