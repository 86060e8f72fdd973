import { LinkButton } from "@/components/button";

/**
 * "Export this list" as plain download links, one per format: the list's own URL
 * parameters go with them, so the file holds exactly what the list shows.
 */
export function ExportLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <div role="group" aria-label={label} className="inline-flex gap-1">
      {links.map((link) => (
        <LinkButton key={link.href} href={link.href} variant="secondary" download prefetch={false}>
          {link.text}
        </LinkButton>
      ))}
    </div>
  );
}
