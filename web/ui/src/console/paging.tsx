// Cursor paging shared by the console's tables: forward with first/after,
// back with last/before, from the page's own cursors.
import { useState } from 'preact/hooks';

/** A position in a listing: the first page, or after or before a cursor. */
export type Position = { after?: string; before?: string };

/** The page size of the console's tables. */
export const pageSize = 20;

/** PageInfo as every connection answers it. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** variablesOf returns a position's paging arguments. */
export function variablesOf(p: Position): { first?: number; after?: string | null; last?: number; before?: string } {
  return p.before ? { last: pageSize, before: p.before } : { first: pageSize, after: p.after ?? null };
}

/** usePosition keeps a table's position; reset returns to the first page. */
export function usePosition() {
  const [position, setPosition] = useState<Position>({});
  return { position, setPosition, reset: () => setPosition({}) };
}

/** Pager offers the previous and next pages. */
export function Pager(props: { info: PageInfo | undefined; position: Position; onMove: (p: Position) => void; label: string }) {
  const info = props.info;
  // Going back from a page reached with before, the server knows whether
  // there is more before; going forward, whether there is more after. The
  // other direction always exists once one has moved.
  const hasPrev = !!info && (props.position.before ? info.hasPreviousPage : !!props.position.after);
  const hasNext = !!info && (props.position.before ? true : info.hasNextPage);
  return (
    <nav class="pager" aria-label={`${props.label} pages`}>
      <button type="button" disabled={!hasPrev} onClick={() => info?.startCursor && props.onMove({ before: info.startCursor })}>
        ← Previous
      </button>
      <button type="button" disabled={!hasNext} onClick={() => info?.endCursor && props.onMove({ after: info.endCursor })}>
        Next →
      </button>
    </nav>
  );
}
