import isoCountries from "i18n-iso-countries";
import isoEn from "i18n-iso-countries/langs/en.json";
import isoZh from "i18n-iso-countries/langs/zh.json";
import type { AgreementKind, AgreementStatus, PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";

// What an office's own spreadsheet calls things, beyond our labels (which the imports take
// too): the words a Chinese international office and its English-speaking partners use for
// the kinds and statuses of partners and agreements, and countries by their common names
// ("UK", "USA", "Korea", 香港, 中国台湾) as well as CLDR's. Matched after normalise() (mapping.ts).

export const PARTNER_KIND_ALIASES: Record<PartnerKind, readonly string[]> = {
  UNIVERSITY: [
    "高校", "院校", "高等院校", "学院", "大學", "综合性大学", "综合大学", "公立大学", "私立大学", "国立大学", "理工大学", "college", "research university",
    "university of applied sciences", "higher education institution", "hei", "public university", "private university", "state university",
  ],
  RESEARCH_INSTITUTE: ["研究所", "研究院", "科研院所", "科研机构", "研究中心", "research institution", "institute", "research centre", "research center"],
  ENTERPRISE: ["公司", "集团", "企业单位", "company", "corporation", "business", "industry", "firm"],
  GOVERNMENT_BODY: ["政府", "政府部门", "政府机关", "government", "government agency", "ministry", "public authority"],
  INTERNATIONAL_ORGANISATION: ["国际机构", "international organization"],
  OTHER: ["其它"],
};

export const PARTNER_STATUS_ALIASES: Record<PartnerStatus, readonly string[]> = {
  PROSPECTIVE: ["潜在", "意向", "拟合作", "prospect", "potential", "planned"],
  ACTIVE: ["有效", "合作中", "正常", "current", "valid", "ongoing"],
  DORMANT: ["不活跃", "暂停", "暂停合作", "inactive", "suspended", "paused"],
  ENDED: ["终止", "结束", "已结束", "停止合作", "terminated", "former", "closed"],
};

export const AGREEMENT_KIND_ALIASES: Record<AgreementKind, readonly string[]> = {
  MOU: [
    "谅解备忘录", "备忘录", "框架协议", "合作框架协议", "合作协议", "合作", "校际合作协议", "友好合作协议", "意向书", "学术交流",
    "mou", "memorandum", "framework agreement", "framework", "general agreement", "cooperation agreement", "letter of intent",
  ],
  STUDENT_EXCHANGE: ["校际交流", "学生交换", "交换生", "exchange", "student mobility", "erasmus"],
  STAFF_EXCHANGE: ["教师交流", "教职工交流", "学者交流", "教师互访", "faculty exchange", "academic staff exchange", "staff mobility", "scholar exchange"],
  JOINT_DEGREE: ["双学位", "联合学位", "联合培养", "dual degree", "double degree", "joint degree", "2+2", "3+1"],
  COOPERATIVE_PROGRAMME: ["中外合作办学", "合作办学", "中外合作办学机构", "cooperative education"],
  RESEARCH: ["科研合作", "研究合作", "学术合作", "research", "research collaboration", "academic cooperation"],
  JOINT_LAB: ["联合实验室", "联合研究中心", "共建实验室", "joint laboratory", "joint lab", "joint centre", "joint center", "joint research centre", "joint research center"],
  TRAINING: ["培训", "研修", "training"],
  OTHER: ["其它"],
};

export const AGREEMENT_STATUS_ALIASES: Record<AgreementStatus, readonly string[]> = {
  DRAFT: ["起草中", "drafting"],
  IN_NEGOTIATION: ["谈判中", "协商中", "商谈中", "negotiating", "under negotiation", "in discussion"],
  AWAITING_SIGNATURE: ["待签", "签署中", "待签字", "pending signature", "to be signed", "for signature"],
  ACTIVE: ["生效", "生效中", "执行中", "在执行", "履行中", "有效期内", "valid", "in force", "in effect", "current"],
  EXPIRED: ["已过期", "过期", "到期", "失效", "已失效", "lapsed"],
  TERMINATED: ["终止", "解除", "已解除", "cancelled", "canceled"],
  SUPERSEDED: ["已续签", "已被取代", "被取代", "replaced", "renewed"],
};

// Names that neither CLDR nor i18n-iso-countries gives, as a Chinese office writes them.
const OWN_COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  HK: ["中国香港", "香港特别行政区", "香港特區", "hong kong sar", "hong kong, china"],
  MO: ["中国澳门", "澳門", "澳门特别行政区", "macau", "macao sar", "macau, china"],
  TW: ["台湾", "臺灣", "中国台湾", "台湾地区", "taiwan, china"],
  KR: ["korea", "korea (south)", "south korea", "南韩", "大韩民国", "韓國"],
  GB: ["england", "scotland", "wales", "英格兰", "苏格兰", "大不列颠", "u.k.", "great britain"],
  US: ["美利坚合众国", "america", "u.s.", "u.s.a."],
  AU: ["澳洲"],
  SA: ["沙特"],
  CN: ["中国大陆", "prc", "p.r. china", "mainland china"],
  RU: ["俄罗斯联邦"],
  VN: ["viet nam"],
  NL: ["holland"],
  CZ: ["捷克共和国"],
};

isoCountries.registerLocale(isoEn);
isoCountries.registerLocale(isoZh);

/** Each ISO code's other names: i18n-iso-countries' in English and Chinese (short forms and official names), and ours. */
export function countryAliases(codes: readonly string[]): Record<string, readonly string[]> {
  const en = isoCountries.getNames("en", { select: "all" });
  const zh = isoCountries.getNames("zh", { select: "all" });
  return Object.fromEntries(codes.map((code) => [code, [...(en[code] ?? []), ...(zh[code] ?? []), ...(OWN_COUNTRY_ALIASES[code] ?? [])]]));
}
