import type { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { FacultyCode } from "./faculties";

// The demo's agreement register. Dates are offsets in days from the seed's reference date
// (the start of today) so the dashboard always has agreements expiring within 30 and 90
// days, exchanges under way, and so on — whatever day the demo is started.

export type AgreementPlan = {
  /** A stable handle for renewal chains, visits and opportunities. */
  key: string;
  partners: readonly string[];
  kind: AgreementKind;
  status: AgreementStatus;
  /** Defaults to a title built from the kind and the partner's name. */
  title?: string;
  /** Days from the reference date it took (or is planned to take) effect. */
  effective?: number;
  /** The term; the agreement expires the day before the anniversary. */
  years: number;
  /** Days from the reference date it expires, for the ones the dashboard must flag. */
  expires?: number;
  faculties: readonly FacultyCode[];
  /** The plan key this agreement renews; without `effective`, it starts the day after that one expires. */
  supersedes?: string;
  autoRenews?: boolean;
  noticePeriodDays?: number;
  /** Days from the reference date a termination recorded a week before takes effect (still to come). */
  terminates?: number;
  /** A cooperative programme approved by the ministry of education. */
  ministryApproval?: boolean;
  /** Language our students need at the partner (EWP recommended language), "en" when unset. */
  language?: string;
  notes?: string;
};

export const AGREEMENT_PLANS: readonly AgreementPlan[] = [
  // Technical University of Munich: a renewal chain of three exchange agreements.
  { key: "tum-se-1", partners: ["tum"], kind: "STUDENT_EXCHANGE", status: "SUPERSEDED", effective: -4452, years: 5, faculties: ["ENG", "CSE"] },
  { key: "tum-se-2", partners: ["tum"], kind: "STUDENT_EXCHANGE", status: "SUPERSEDED", supersedes: "tum-se-1", years: 5, faculties: ["ENG", "CSE"] },
  {
    key: "tum-se-3",
    partners: ["tum"],
    kind: "STUDENT_EXCHANGE",
    status: "ACTIVE",
    supersedes: "tum-se-2",
    years: 5,
    faculties: ["ENG", "CSE"],
    notes: "Third renewal; places raised from 3 to 4 per year at TUM's request.",
  },
  { key: "tum-mou", partners: ["tum"], kind: "MOU", status: "ACTIVE", effective: -2000, years: 10, faculties: ["ENG", "CSE", "SCI"], autoRenews: true, noticePeriodDays: 180 },
  { key: "tum-staff", partners: ["tum"], kind: "STAFF_EXCHANGE", status: "ACTIVE", expires: 21, years: 3, faculties: ["ENG"], notes: "Renewal draft sent to TUM Global & Alumni Office; awaiting comments." },
  { key: "tum-jd", partners: ["tum"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "Double Master's Degree Agreement in Mechatronics and Robotics", effective: -900, years: 5, faculties: ["ENG"] },

  { key: "rwth-research", partners: ["rwth"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Battery Materials and Recycling", effective: -500, years: 5, faculties: ["SCI", "ENG"] },
  { key: "rwth-se", partners: ["rwth"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", expires: 75, years: 5, faculties: ["ENG", "SCI"], language: "de" },

  {
    key: "hda-coop",
    partners: ["hda"],
    kind: "COOPERATIVE_PROGRAMME",
    status: "ACTIVE",
    title: "Cooperative Bachelor's Programme in Electrical Engineering and Automation",
    effective: -800,
    years: 6,
    faculties: ["ENG"],
    ministryApproval: true,
    language: "de",
    notes: "Annual enrolment quota 120. One third of core courses taught by h_da faculty, as the approval requires.",
  },
  {
    key: "fhg-research",
    partners: ["fraunhofer"],
    kind: "RESEARCH",
    status: "ACTIVE",
    title: "Joint Research Agreement on Industrial Machine Vision",
    effective: -400,
    years: 3,
    faculties: ["ENG", "CSE"],
    noticePeriodDays: 90,
    terminates: 83,
  },
  { key: "siemens-lab", partners: ["siemens"], kind: "JOINT_LAB", status: "ACTIVE", title: "Meridian–Siemens Joint Laboratory for Digital Industries", expires: 48, years: 5, faculties: ["ENG"] },
  { key: "siemens-training", partners: ["siemens"], kind: "TRAINING", status: "ACTIVE", title: "Student Internship Programme Agreement", effective: -300, years: 3, faculties: ["ENG", "CSE"] },
  { key: "daad-lectureship", partners: ["daad"], kind: "OTHER", status: "ACTIVE", title: "Agreement on a DAAD Short-Term Lectureship in German Studies", effective: -200, years: 2, faculties: ["FLS"] },

  { key: "tees-jd", partners: ["teesside"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "2+2 Dual Degree Agreement in Business Management", effective: -1400, years: 5, faculties: ["BUS"] },
  {
    key: "tees-coop",
    partners: ["teesside"],
    kind: "COOPERATIVE_PROGRAMME",
    status: "AWAITING_SIGNATURE",
    title: "Cooperative Bachelor's Programme in Digital Media Technology",
    effective: 280,
    years: 6,
    faculties: ["ART", "CSE"],
    notes: "Application filed with the provincial education department; signature only after ministry approval.",
  },
  { key: "leeds-research", partners: ["leeds"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement in Translation and Interpreting Studies", effective: -700, years: 5, faculties: ["FLS"] },
  { key: "cov-jd", partners: ["coventry"], kind: "JOINT_DEGREE", status: "EXPIRED", title: "2+2 Dual Degree Agreement in Accounting and Finance", effective: -2600, years: 5, faculties: ["BUS"] },
  { key: "cov-mou", partners: ["coventry"], kind: "MOU", status: "ACTIVE", expires: 9, years: 5, faculties: ["BUS"], notes: "Let it lapse unless the Business School proposes a new programme." },

  { key: "sfsu-se", partners: ["sfsu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -800, years: 5, faculties: ["BUS", "FLS"] },
  { key: "suu-jd", partners: ["suu"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "3+1 Dual Degree Agreement in Business Administration", effective: -1100, years: 5, faculties: ["BUS"] },
  { key: "suu-se", partners: ["suu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", expires: 27, years: 5, faculties: ["BUS", "CSE"] },
  { key: "purdue-mou", partners: ["purdue"], kind: "MOU", status: "IN_NEGOTIATION", years: 5, faculties: ["ENG"] },
  { key: "asu-training", partners: ["asu"], kind: "TRAINING", status: "ACTIVE", title: "Short-Term Study Programme Agreement (Summer Engineering Programme)", effective: -400, years: 3, faculties: ["ENG"] },

  { key: "unisa-se", partners: ["unisa"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", expires: 64, years: 5, faculties: ["ENG", "MED"], notes: "Novation to Adelaide University pending; do not renew under the old name." },
  { key: "unisa-research", partners: ["unisa"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Future Industries", effective: -300, years: 3, faculties: ["ENG"] },
  { key: "deakin-se", partners: ["deakin"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -450, years: 5, faculties: ["BUS", "CSE"] },
  { key: "deakin-jd", partners: ["deakin"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "2+2 Articulation Agreement: Bachelor of Information Technology", effective: -700, years: 5, faculties: ["CSE"] },
  { key: "csiro-lab", partners: ["csiro"], kind: "JOINT_LAB", status: "ACTIVE", title: "Joint Laboratory Agreement for Water and Environmental Technologies", effective: -800, years: 5, faculties: ["SCI", "ENG"] },

  { key: "thuas-se", partners: ["thuas"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", title: "Erasmus+ Inter-Institutional Agreement (Student Mobility)", effective: -500, years: 5, faculties: ["BUS", "LAW"] },
  { key: "thuas-staff", partners: ["thuas"], kind: "STAFF_EXCHANGE", status: "ACTIVE", title: "Erasmus+ Inter-Institutional Agreement (Staff Mobility)", effective: -500, years: 5, faculties: ["BUS"] },
  { key: "delft-research", partners: ["tudelft"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Coastal and Delta Engineering", effective: -650, years: 5, faculties: ["ENG"] },

  { key: "ruse-se", partners: ["ruse"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -1000, years: 5, faculties: ["ENG", "FLS"] },
  { key: "ruse-mou", partners: ["ruse"], kind: "MOU", status: "ACTIVE", effective: -1800, years: 10, faculties: ["ENG", "FLS"], autoRenews: true, noticePeriodDays: 180 },
  { key: "ruse-ci", partners: ["ruse"], kind: "OTHER", status: "ACTIVE", title: "Agreement on the Joint Operation of the Confucius Institute at the University of Ruse", effective: -3400, years: 10, faculties: ["FLS"] },
  { key: "tud-se", partners: ["tudublin"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -380, years: 5, faculties: ["ENG", "BUS"] },
  { key: "tud-staff", partners: ["tudublin"], kind: "STAFF_EXCHANGE", status: "ACTIVE", expires: 86, years: 5, faculties: ["ENG", "ART"] },
  { key: "ucc-mou", partners: ["ucc"], kind: "MOU", status: "DRAFT", years: 5, faculties: ["MED", "SCI"] },

  { key: "tohoku-lab", partners: ["tohoku"], kind: "JOINT_LAB", status: "ACTIVE", title: "Joint Laboratory Agreement for Advanced Functional Materials", effective: -1300, years: 5, faculties: ["SCI"] },
  { key: "tohoku-se", partners: ["tohoku"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -900, years: 5, faculties: ["SCI", "ENG"] },
  { key: "rits-se-1", partners: ["ritsumeikan"], kind: "STUDENT_EXCHANGE", status: "SUPERSEDED", effective: -3426, years: 5, faculties: ["FLS", "BUS"] },
  { key: "rits-se-2", partners: ["ritsumeikan"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", supersedes: "rits-se-1", years: 5, faculties: ["FLS", "BUS"], language: "ja" },
  { key: "kyushu-se", partners: ["kyushu"], kind: "STUDENT_EXCHANGE", status: "EXPIRED", effective: -2100, years: 5, faculties: ["ENG", "SCI"] },
  { key: "kyushu-se-renewal", partners: ["kyushu"], kind: "STUDENT_EXCHANGE", status: "AWAITING_SIGNATURE", supersedes: "kyushu-se", effective: 120, years: 5, faculties: ["ENG", "SCI"] },
  { key: "pnu-se", partners: ["pnu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -700, years: 5, faculties: ["ENG", "FLS"] },
  { key: "hyu-se", partners: ["hanyang"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -1000, years: 5, faculties: ["ENG", "CSE", "BUS"] },
  { key: "kist-research", partners: ["kist"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Quantum Materials", effective: -600, years: 3, faculties: ["SCI"] },

  { key: "uga-se", partners: ["uga"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -400, years: 5, faculties: ["SCI", "FLS"], language: "fr" },
  { key: "uga-research", partners: ["uga"], kind: "RESEARCH", status: "IN_NEGOTIATION", title: "Research Cooperation Agreement on Micro- and Nanotechnologies", years: 5, faculties: ["SCI"] },
  {
    key: "insa-se",
    partners: ["insalyon"],
    kind: "STUDENT_EXCHANGE",
    status: "TERMINATED",
    effective: -1900,
    years: 5,
    faculties: ["ENG"],
    notes: "Terminated by mutual consent when the double-degree agreement replaced it.",
  },
  { key: "insa-jd", partners: ["insalyon"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "Double Degree Agreement (Diplôme d'ingénieur) in Mechanical Engineering", effective: -1500, years: 5, faculties: ["ENG"], language: "fr" },
  { key: "unesco-chair", partners: ["unesco"], kind: "OTHER", status: "ACTIVE", title: "UNESCO Chair Agreement on Engineering Education for Sustainable Development", effective: -1000, years: 4, faculties: ["ENG"] },
  { key: "campusfrance-info", partners: ["campusfrance"], kind: "OTHER", status: "ACTIVE", title: "Cooperation Agreement on a Study in France Information Point", effective: -350, years: 3, faculties: ["FLS"] },

  { key: "upv-se", partners: ["upv"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -550, years: 5, faculties: ["ENG", "ART"], language: "es" },
  { key: "upv-staff", partners: ["upv"], kind: "STAFF_EXCHANGE", status: "ACTIVE", effective: -550, years: 5, faculties: ["ENG", "CSE"] },
  { key: "ugr-se", partners: ["ugr"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -850, years: 5, faculties: ["FLS", "LAW"], language: "es" },
  { key: "polimi-se", partners: ["polimi"], kind: "STUDENT_EXCHANGE", status: "EXPIRED", effective: -2200, years: 5, faculties: ["ENG", "ART"] },
  { key: "polimi-jd", partners: ["polimi"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "Double Master's Degree Agreement in Architecture", effective: -1200, years: 5, faculties: ["ART"] },
  { key: "unibo-se", partners: ["unibo"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -300, years: 5, faculties: ["LAW", "MED", "BUS"] },
  { key: "oulu-se", partners: ["oulu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -1050, years: 5, faculties: ["CSE", "ENG"] },
  { key: "oulu-research", partners: ["oulu"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on 6G Wireless Systems", effective: -400, years: 4, faculties: ["CSE"] },
  { key: "lut-research", partners: ["lut"], kind: "RESEARCH", status: "EXPIRED", title: "Research Cooperation Agreement on Circular Economy Engineering", effective: -2000, years: 4, faculties: ["ENG"] },
  {
    key: "eu-consortium",
    partners: ["tum", "polimi", "oulu"],
    kind: "RESEARCH",
    status: "ACTIVE",
    title: "Consortium Agreement: Sino-European Network for Sustainable Manufacturing",
    effective: -250,
    years: 4,
    faculties: ["ENG", "CSE"],
    notes: "Multilateral; TUM coordinates. Annual consortium meeting rotates between members.",
  },
  { key: "pw-se", partners: ["pw"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -600, years: 5, faculties: ["ENG", "CSE"] },
  { key: "agh-se", partners: ["agh"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", expires: 18, years: 5, faculties: ["ENG", "SCI"] },

  { key: "spbpu-se", partners: ["spbpu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -1100, years: 5, faculties: ["ENG"] },
  { key: "kfu-se", partners: ["kfu"], kind: "STUDENT_EXCHANGE", status: "EXPIRED", effective: -2400, years: 5, faculties: ["FLS"], language: "ru" },
  { key: "kaznu-se", partners: ["kaznu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -700, years: 5, faculties: ["FLS", "SCI"], language: "ru" },
  { key: "nu-mou", partners: ["nu"], kind: "MOU", status: "AWAITING_SIGNATURE", effective: 40, years: 5, faculties: ["ENG", "SCI"] },

  { key: "chula-se", partners: ["chula"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -500, years: 5, faculties: ["MED", "BUS"] },
  { key: "chula-mou", partners: ["chula"], kind: "MOU", status: "ACTIVE", expires: 58, years: 5, faculties: ["MED", "BUS"] },
  { key: "kmutt-training", partners: ["kmutt"], kind: "TRAINING", status: "ACTIVE", title: "Training Cooperation Agreement for Engineering Teachers", effective: -200, years: 3, faculties: ["ENG"] },
  {
    key: "ap-network",
    partners: ["ntust", "kmutt", "utm"],
    kind: "STUDENT_EXCHANGE",
    status: "ACTIVE",
    title: "Multilateral Student Exchange Agreement: Asia-Pacific Engineering Exchange Network",
    effective: -420,
    years: 5,
    faculties: ["ENG"],
    notes: "Places are balanced across the network, not per partner; annual reconciliation in June.",
  },
  { key: "um-se", partners: ["um"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -800, years: 5, faculties: ["BUS", "MED"] },
  { key: "utm-base", partners: ["utm"], kind: "TRAINING", status: "ACTIVE", title: "Agreement on an Overseas Training Base for Engineering Students", effective: -1000, years: 5, faculties: ["ENG"] },
  { key: "ntu-se", partners: ["ntu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -1300, years: 5, faculties: ["ENG", "CSE"] },
  { key: "ntu-research", partners: ["ntu"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Sustainable Urban Systems", effective: -700, years: 5, faculties: ["ENG"] },
  { key: "sit-training", partners: ["sit"], kind: "TRAINING", status: "DRAFT", title: "Work-Study Internship Agreement", years: 3, faculties: ["ENG", "CSE"] },

  { key: "uc-se", partners: ["canterbury"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -950, years: 5, faculties: ["ENG", "SCI"] },
  { key: "aut-jd", partners: ["aut"], kind: "JOINT_DEGREE", status: "ACTIVE", title: "2+2 Dual Degree Agreement: Bachelor of Design", effective: -650, years: 5, faculties: ["ART"] },
  { key: "aut-se", partners: ["aut"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", expires: 39, years: 5, faculties: ["BUS", "ART"] },
  { key: "uw-research", partners: ["waterloo"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Artificial Intelligence for Manufacturing", effective: -500, years: 5, faculties: ["CSE"] },
  { key: "uw-se", partners: ["waterloo"], kind: "STUDENT_EXCHANGE", status: "IN_NEGOTIATION", years: 5, faculties: ["CSE", "ENG"] },
  { key: "laval-mou", partners: ["laval"], kind: "MOU", status: "DRAFT", years: 5, faculties: ["FLS"] },
  { key: "usp-se", partners: ["usp"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -400, years: 5, faculties: ["SCI", "MED"] },
  { key: "unicamp-research", partners: ["unicamp"], kind: "RESEARCH", status: "ACTIVE", title: "Research Cooperation Agreement on Bioenergy", effective: -650, years: 4, faculties: ["SCI"] },

  { key: "polyu-se", partners: ["polyu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -1000, years: 5, faculties: ["ENG", "ART"] },
  { key: "polyu-lab", partners: ["polyu"], kind: "JOINT_LAB", status: "IN_NEGOTIATION", title: "Joint Laboratory for Smart Construction", years: 5, faculties: ["ENG"] },
  { key: "cityu-se", partners: ["cityu"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -600, years: 5, faculties: ["CSE", "LAW", "BUS"] },
  { key: "ntust-se", partners: ["ntust"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -750, years: 5, faculties: ["ENG"] },
  { key: "ncku-summer", partners: ["ncku"], kind: "TRAINING", status: "ACTIVE", title: "Summer School Cooperation Agreement", effective: -350, years: 3, faculties: ["ENG", "MED"] },
  { key: "umac-se", partners: ["umac"], kind: "STUDENT_EXCHANGE", status: "ACTIVE", effective: -900, years: 5, faculties: ["LAW", "BUS"] },
  {
    key: "must-se",
    partners: ["must"],
    kind: "STUDENT_EXCHANGE",
    status: "TERMINATED",
    effective: -2200,
    years: 5,
    faculties: ["BUS"],
    notes: "Terminated by mutual consent after two years without nominations.",
  },
  { key: "huawei-academy", partners: ["huawei"], kind: "TRAINING", status: "ACTIVE", title: "Huawei ICT Academy Cooperation Agreement", effective: -600, years: 3, faculties: ["CSE"] },
  { key: "huawei-lab", partners: ["huawei"], kind: "JOINT_LAB", status: "DRAFT", title: "Joint Innovation Centre for Intelligent Computing", years: 5, faculties: ["CSE"] },
];
