import type { ReactNode } from 'react';

type Variant = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  variant: Variant;
  title: string;
  children?: ReactNode;
  /** `alert` interrupts a screen reader (errors after an action); `status` waits politely. */
  role?: 'alert' | 'status';
  headingLevel?: 2 | 3;
}

/** KERN alert with icon, title and optional body. */
export function Alert({ variant, title, children, role, headingLevel = 2 }: AlertProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`kern-alert kern-alert--${variant}`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
