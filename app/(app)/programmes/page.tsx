import { comingSoonPage } from "@/app/(app)/_components/coming-soon";

const page = comingSoonPage("/programmes", "programmes");
export const generateMetadata = page.generateMetadata;
export default page.Page;
