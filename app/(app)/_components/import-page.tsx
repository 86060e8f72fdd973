import type { ReactNode } from "react";
import { BackLink } from "./back-link";
import { ImportWizard, type ImportField, type ImportWizardKind } from "./import-wizard";
import { PageHeader } from "./page-header";

type Props = {
  kind: ImportWizardKind;
  title: string;
  intro: string;
  back: string;
  template: string;
  fields: ImportField[];
  /** What the page says about the columns, below the wizard. */
  children?: ReactNode;
};

/** An import page (/<kind>/import): the way back, the template, the wizard, then any guidance. */
export function ImportPage({ kind, title, intro, back, template, fields, children }: Props) {
  return (
    <div className="mx-auto max-w-4xl">
      <BackLink href={`/${kind}`} label={back} />
      <PageHeader
        title={title}
        description={intro}
        actions={
          <a href={`/${kind}/import/template`} download className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {template}
          </a>
        }
      />
      <div className="flex flex-col gap-5">
        <ImportWizard kind={kind} fields={fields} />
        {children}
      </div>
    </div>
  );
}
