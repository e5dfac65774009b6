import type { ReactNode } from 'react';

interface InlineFormProps {
  title: string;
  /** A new sub-record's form stands in a card of its own; an edit form replaces the record's card content. */
  card?: boolean;
  titleClassName?: string;
  children: ReactNode;
}

/** The form of a sub-record (milestone, participant, action) in place on its parent's page. */
export function InlineForm({ title, card, titleClassName = 'kern-title', children }: InlineFormProps) {
  const form = (
    // Stretched: a card's container would otherwise shrink the form to its content.
    <div className="inline-form">
      <h3 className={titleClassName}>{title}</h3>
      {children}
    </div>
  );
  return card ? (
    <div className="kern-card section">
      <div className="kern-card__container">{form}</div>
    </div>
  ) : (
    form
  );
}
