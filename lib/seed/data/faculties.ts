// Meridian University's faculties. `isced` lists the ISCED-F 2013 detailed fields each one
// teaches, so mobility terms and opportunities name real subject areas.

export type FacultySeed = {
  code: string;
  nameEn: string;
  nameZh: string;
  isced: readonly string[];
};

export const FACULTIES: readonly FacultySeed[] = [
  { code: "ENG", nameEn: "Engineering", nameZh: "工程学院", isced: ["0713", "0715", "0714", "0732"] },
  { code: "CSE", nameEn: "Computer Science and Technology", nameZh: "计算机科学与技术学院", isced: ["0613", "0612", "0611"] },
  { code: "BUS", nameEn: "Business School", nameZh: "商学院", isced: ["0413", "0412", "0411"] },
  { code: "FLS", nameEn: "Foreign Languages", nameZh: "外国语学院", isced: ["0231", "0232"] },
  { code: "SCI", nameEn: "Science", nameZh: "理学院", isced: ["0533", "0541", "0531", "0521"] },
  { code: "MED", nameEn: "Medicine", nameZh: "医学院", isced: ["0912", "0913", "0914"] },
  { code: "ART", nameEn: "Architecture, Arts and Design", nameZh: "建筑与艺术设计学院", isced: ["0731", "0212", "0211"] },
  { code: "LAW", nameEn: "Law", nameZh: "法学院", isced: ["0421"] },
];

export type FacultyCode = "ENG" | "CSE" | "BUS" | "FLS" | "SCI" | "MED" | "ART" | "LAW";
