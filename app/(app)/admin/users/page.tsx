import { comingSoonPage } from "@/app/(app)/_components/coming-soon";

const page = comingSoonPage("/admin/users", "users");
export const generateMetadata = page.generateMetadata;
export default page.Page;
