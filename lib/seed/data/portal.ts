import type { CefrLevel, OpportunityStatus, ProgrammeKind, ProgrammeLevel, ProgrammeStatus } from "@/lib/generated/prisma/enums";

// Programmes (joint institutes, labs, centres) and the opportunities students browse.

export type ProgrammePlan = {
  key: string;
  name: string;
  nameNative: string;
  kind: ProgrammeKind;
  level: ProgrammeLevel;
  status: ProgrammeStatus;
  partners: readonly string[];
  /** Established when this agreement (plan key) took effect; else `established` days from the reference date. */
  agreement?: string;
  established?: number;
  description: string;
  notes?: string;
};

export const PROGRAMME_PLANS: readonly ProgrammePlan[] = [
  {
    key: "sino-german-school",
    name: "Sino-German School of Applied Engineering",
    nameNative: "中德应用工程学院",
    kind: "COOPERATIVE_SCHOOL",
    level: "NATIONAL",
    status: "ACTIVE",
    partners: ["hda"],
    agreement: "hda-coop",
    description:
      "Runs the ministry-approved cooperative bachelor's programme in electrical engineering and automation with Hochschule Darmstadt: German-taught modules, a transfer year in Darmstadt and degrees from both universities.",
  },
  {
    key: "teesside-institute",
    name: "Meridian–Teesside Joint Institute of Digital Media",
    nameNative: "子午线大学—提赛德大学数字媒体联合学院",
    kind: "JOINT_INSTITUTE",
    level: "PROVINCIAL",
    status: "PLANNED",
    partners: ["teesside"],
    established: 280,
    description: "Planned joint institute for animation, games and digital media; application with the provincial education department.",
  },
  {
    key: "digital-industries-lab",
    name: "Sino-German Joint Laboratory for Digital Industries",
    nameNative: "中德数字工业联合实验室",
    kind: "JOINT_LAB",
    level: "PROVINCIAL",
    status: "ACTIVE",
    partners: ["siemens", "tum"],
    agreement: "siemens-lab",
    description: "Industrial automation and digital-twin research with Siemens; TUM co-supervises doctoral candidates.",
  },
  {
    key: "materials-lab",
    name: "Meridian–Tohoku Joint Laboratory for Advanced Functional Materials",
    nameNative: "子午线大学—东北大学先进功能材料联合实验室",
    kind: "JOINT_LAB",
    level: "UNIVERSITY",
    status: "ACTIVE",
    partners: ["tohoku"],
    agreement: "tohoku-lab",
    description: "Magnetic and energy materials; joint doctoral seminars and yearly researcher exchange.",
  },
  {
    key: "water-centre",
    name: "International Research Centre for Water and Environment",
    nameNative: "水与环境国际研究中心",
    kind: "INTERNATIONAL_CENTRE",
    level: "PROVINCIAL",
    status: "ACTIVE",
    partners: ["csiro", "unisa", "deakin"],
    agreement: "csiro-lab",
    description: "Water security, river-basin management and environmental monitoring with Australian partners.",
  },
  {
    key: "confucius-ruse",
    name: "Confucius Institute at the University of Ruse",
    nameNative: "鲁塞大学孔子学院",
    kind: "CONFUCIUS_INSTITUTE",
    level: "NATIONAL",
    status: "ACTIVE",
    partners: ["ruse"],
    agreement: "ruse-ci",
    description: "Chinese language courses, HSK testing and cultural events in Ruse and north-eastern Bulgaria; Meridian sends the Chinese director and teachers.",
    notes: "Teacher rotation every two years; next rotation in August.",
  },
  {
    key: "utm-base",
    name: "Overseas Training Base at Universiti Teknologi Malaysia",
    nameNative: "马来西亚理工大学海外实训基地",
    kind: "OVERSEAS_TRAINING_BASE",
    level: "UNIVERSITY",
    status: "ACTIVE",
    partners: ["utm"],
    agreement: "utm-base",
    description: "Four-week engineering practice and English-medium courses for Meridian undergraduates each summer.",
  },
  {
    key: "central-asia-centre",
    name: "China–Central Asia Centre for Language and Culture",
    nameNative: "中国—中亚语言文化中心",
    kind: "INTERNATIONAL_CENTRE",
    level: "PROVINCIAL",
    status: "SUSPENDED",
    partners: ["kaznu"],
    established: -1500,
    description: "Russian and Kazakh language courses and translation projects.",
    notes: "Suspended pending the new provincial funding call.",
  },
];

export type OpportunityPlan = {
  key: string;
  title: string;
  titleZh: string;
  partner: string;
  agreement?: string;
  programme?: string;
  status: OpportunityStatus;
  /** "open": the window includes today; "past": closed; "future": opens later. */
  window: "open" | "past" | "future";
  places: number;
  eqfLevels: readonly number[];
  iscedCodes: readonly string[];
  languageCode: string;
  cefrLevel: CefrLevel;
  durationMonths: number;
  tuitionWaived: boolean;
  costs: string;
  description: string;
};

export const OPPORTUNITY_PLANS: readonly OpportunityPlan[] = [
  {
    key: "tum",
    title: "Semester exchange at the Technical University of Munich",
    titleZh: "慕尼黑工业大学交换学习（一学期）",
    partner: "tum",
    agreement: "tum-se-3",
    status: "PUBLISHED",
    window: "open",
    places: 4,
    eqfLevels: [6, 7],
    iscedCodes: ["0713", "0715", "0613"],
    languageCode: "en",
    cefrLevel: "B2",
    durationMonths: 5,
    tuitionWaived: true,
    costs: "No tuition fee; TUM's semester contribution and living costs in Munich are paid by the student.",
    description:
      "Study one semester in engineering or informatics at TUM, with courses taught in English at master's and final-year bachelor's level. Credits are recognised through your learning agreement.",
  },
  {
    key: "deakin",
    title: "Semester exchange at Deakin University",
    titleZh: "迪肯大学交换学习（一学期）",
    partner: "deakin",
    agreement: "deakin-se",
    status: "PUBLISHED",
    window: "open",
    places: 3,
    eqfLevels: [6],
    iscedCodes: ["0413", "0613"],
    languageCode: "en",
    cefrLevel: "B2",
    durationMonths: 5,
    tuitionWaived: true,
    costs: "Tuition waived under the exchange agreement. Overseas Student Health Cover and living costs are paid by the student.",
    description: "Business or IT courses at Deakin's Melbourne Burwood or Geelong campuses for one trimester.",
  },
  {
    key: "pnu",
    title: "Year exchange at Pusan National University",
    titleZh: "釜山大学交换学习（一学年）",
    partner: "pnu",
    agreement: "pnu-se",
    status: "PUBLISHED",
    window: "open",
    places: 2,
    eqfLevels: [6, 7],
    iscedCodes: ["0713", "0231"],
    languageCode: "en",
    cefrLevel: "B2",
    durationMonths: 10,
    tuitionWaived: true,
    costs: "Tuition waived; dormitory on campus. Korean language classes free of charge for exchange students.",
    description: "A full academic year in Busan: engineering or Korean studies courses, with an intensive Korean course before the autumn semester.",
  },
  {
    key: "tohoku-summer",
    title: "Tohoku University summer programme",
    titleZh: "东北大学暑期项目",
    partner: "tohoku",
    agreement: "tohoku-se",
    status: "PUBLISHED",
    window: "open",
    places: 8,
    eqfLevels: [6],
    iscedCodes: ["0533", "0531"],
    languageCode: "en",
    cefrLevel: "B1",
    durationMonths: 1,
    tuitionWaived: false,
    costs: "Programme fee and accommodation paid by the student; Meridian International Mobility Fund grants available.",
    description: "Three weeks of lectures and laboratory visits in materials science in Sendai, with Japanese language and culture classes.",
  },
  {
    key: "thuas",
    title: "Semester exchange at The Hague University of Applied Sciences",
    titleZh: "海牙应用科学大学交换学习（一学期）",
    partner: "thuas",
    agreement: "thuas-se",
    status: "PUBLISHED",
    window: "open",
    places: 3,
    eqfLevels: [6],
    iscedCodes: ["0413", "0421"],
    languageCode: "en",
    cefrLevel: "B2",
    durationMonths: 5,
    tuitionWaived: true,
    costs: "Tuition waived. Erasmus+ KA171 grants may cover part of the travel and living costs.",
    description: "International business or law courses in English in The Hague, one semester.",
  },
  {
    key: "teesside-2plus2",
    title: "2+2 dual degree in Business Management with Teesside University",
    titleZh: "提赛德大学工商管理“2+2”双学位项目",
    partner: "teesside",
    agreement: "tees-jd",
    status: "PUBLISHED",
    window: "open",
    places: 20,
    eqfLevels: [6],
    iscedCodes: ["0413"],
    languageCode: "en",
    cefrLevel: "B2",
    durationMonths: 24,
    tuitionWaived: false,
    costs: "Teesside's international tuition fees apply in years three and four; a partner scholarship reduces them for Meridian students.",
    description: "Two years at Meridian, then two years at Teesside: graduates receive a bachelor's degree from each university.",
  },
  {
    key: "utm-training",
    title: "Summer engineering practice at Universiti Teknologi Malaysia",
    titleZh: "马来西亚理工大学暑期工程实训",
    partner: "utm",
    agreement: "utm-base",
    programme: "utm-base",
    status: "PUBLISHED",
    window: "open",
    places: 25,
    eqfLevels: [6],
    iscedCodes: ["0713", "0715"],
    languageCode: "en",
    cefrLevel: "B1",
    durationMonths: 1,
    tuitionWaived: false,
    costs: "Programme fee covered by Meridian; travel and living costs paid by the student.",
    description: "Four weeks of engineering practice at Meridian's overseas training base in Johor Bahru.",
  },
  {
    key: "upv",
    title: "Semester exchange at the Polytechnic University of Valencia",
    titleZh: "瓦伦西亚理工大学交换学习（一学期）",
    partner: "upv",
    agreement: "upv-se",
    status: "CLOSED",
    window: "past",
    places: 2,
    eqfLevels: [6, 7],
    iscedCodes: ["0713", "0731"],
    languageCode: "es",
    cefrLevel: "B1",
    durationMonths: 5,
    tuitionWaived: true,
    costs: "Tuition waived. Erasmus+ KA171 grants available for selected students.",
    description: "Engineering and architecture courses in Valencia, mostly in Spanish with some English-taught options.",
  },
  {
    key: "canterbury",
    title: "Semester exchange at the University of Canterbury",
    titleZh: "坎特伯雷大学交换学习（一学期）",
    partner: "canterbury",
    agreement: "uc-se",
    status: "DRAFT",
    window: "future",
    places: 2,
    eqfLevels: [6],
    iscedCodes: ["0732", "0533"],
    languageCode: "en",
    cefrLevel: "B2",
    durationMonths: 5,
    tuitionWaived: true,
    costs: "Tuition waived; New Zealand student visa and insurance paid by the student.",
    description: "Civil engineering or physics courses in Christchurch for one semester.",
  },
];
