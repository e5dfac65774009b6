import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen. Keyboard users must be able to scroll it
 * too, so the scroll area is focusable and named (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container must take focus to scroll by keyboard
    <div className="kern-table-responsive" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
