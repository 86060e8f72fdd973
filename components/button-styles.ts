import clsx from "clsx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

// Kept out of button.tsx (a client module) so server components such as Pagination can
// style plain links as buttons without shipping react-aria to the browser.
const base =
  "relative inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-field font-medium " +
  "select-none transition-colors duration-100 outline-none " +
  // Both selectors: react-aria buttons report keyboard focus via data-focus-visible,
  // plain links via the native pseudo-class.
  "focus-visible:outline-2 focus-visible:outline-solid focus-visible:outline-offset-2 focus-visible:outline-brand-600 " +
  "data-focus-visible:outline-2 data-focus-visible:outline-solid data-focus-visible:outline-offset-2 data-focus-visible:outline-brand-600 " +
  "disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 " +
  "data-pending:cursor-wait data-pending:opacity-100";

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-brand-600 text-white shadow-xs hover:bg-brand-700 active:bg-brand-800 data-pressed:bg-brand-800",
  secondary:
    "border border-slate-300 bg-white text-slate-800 shadow-xs hover:border-slate-400 hover:bg-slate-50 " +
    "active:bg-slate-100 data-pressed:bg-slate-100",
  danger:
    "bg-danger-700 text-white shadow-xs hover:bg-danger-800 active:bg-danger-800 data-pressed:bg-danger-800 " +
    "focus-visible:outline-danger-700 data-focus-visible:outline-danger-700",
  ghost:
    "text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200 data-pressed:bg-slate-200 " +
    // Lets a ghost LinkButton double as a navigation item that marks the current page.
    "aria-[current=page]:bg-slate-100 aria-[current=page]:text-slate-900",
};

// Below the sm breakpoint every size is at least 40px tall: fingers, not cursors.
const sizes: Record<ButtonSize, string> = {
  sm: "h-10 px-3 text-sm sm:h-8 sm:px-2.5",
  md: "h-10 px-4 text-sm sm:h-9 sm:px-3.5",
  lg: "h-11 px-5 text-base",
};

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
  return clsx(base, variants[variant], sizes[size], isIconOnly && "aspect-square px-0 sm:px-0", className);
}
