import { NotFoundView } from "./_components/not-found-view";

export default function NotFound() {
  return <NotFoundView inShell={false} />;
}
