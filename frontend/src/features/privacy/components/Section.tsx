import type { ReactNode } from 'react';

interface SectionProps {
  /** The heading's id; the section is named by its heading. */
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}

/** One part of a data protection page: a named region with its heading and what it is for. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {intro ? <p className="kern-body page-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
