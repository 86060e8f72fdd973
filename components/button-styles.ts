import clsx from "clsx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

// Kept out of button.tsx (a client module) so server components such as Pagination can
// style plain links as buttons without shipping react-aria to the browser. The styles are
// app/globals.css's .btn classes.
export function buttonClassName({
  variant = "primary",
  size = "md",
  isIconOnly = false,
  className,
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  isIconOnly?: boolean;
  className?: string;
} = {}): string {
  return clsx("btn", `btn-${variant}`, `btn-${size}`, isIconOnly && "aspect-square px-0 sm:px-0", className);
}
