import type { ReactNode } from 'react';

/**
 * A list of people as a plain HTML table styled in styles.css (`.people-table`): Mantine's Table
 * would bring its ScrollArea, some 15 kB, into the first page. `columns` are the header cells.
 */
export function PeopleTable({ columns, children }: { columns: ReactNode; children: ReactNode }) {
  return (
    <div className="people-table-scroll">
      <table className="people-table">
        <thead>
          <tr>{columns}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
