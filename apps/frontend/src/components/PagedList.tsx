import type { ReactNode } from 'react';
import { Pager } from './Pager';
import { EmptyState, QueryState } from './QueryState';

interface PageQuery<Item> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  data?: { items: Item[]; total: number; page: number; pageSize: number };
}

/** A paged list query: loading and error states, a message when it is empty, else the items and pages. */
export function PagedList<Item>(props: {
  query: PageQuery<Item>;
  empty: ReactNode;
  onPage: (page: number) => void;
  children: (items: Item[]) => ReactNode;
}) {
  return (
    <QueryState query={props.query}>
      {() => {
        const { items, total, page, pageSize } = props.query.data!;
        if (items.length === 0) return <EmptyState>{props.empty}</EmptyState>;
        return (
          <>
            {props.children(items)}
            <Pager total={total} page={page} pageSize={pageSize} onChange={props.onPage} />
          </>
        );
      }}
    </QueryState>
  );
}
