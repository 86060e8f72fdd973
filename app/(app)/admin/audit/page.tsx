import { comingSoonPage } from "@/app/(app)/_components/coming-soon";

const page = comingSoonPage("/admin/audit", "audit");
export const generateMetadata = page.generateMetadata;
export default page.Page;
