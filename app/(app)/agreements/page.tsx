import { comingSoonPage } from "@/app/(app)/_components/coming-soon";

const page = comingSoonPage("/agreements", "agreements");
export const generateMetadata = page.generateMetadata;
export default page.Page;
