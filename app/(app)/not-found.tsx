import { NotFoundView } from "@/app/_components/not-found-view";

// A record or page that is not there, shown inside the shell (its navigation stays).
export default function NotFound() {
  return <NotFoundView inShell />;
}
