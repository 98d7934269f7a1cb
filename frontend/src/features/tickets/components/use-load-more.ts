import { useEffect, useState } from 'react';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';

/**
 * "Load more" as an intent the list keeps until it holds the pages asked for, not a single fetch: a refetch
 * (a live event, the interval) running when the button is pressed, or one that cancels the page in flight, would
 * otherwise swallow the press. The next page is fetched once no other fetch of the list runs. `key` names the list
 * (its filters): another list starts from its first page.
 */
export function useLoadMore(list: UseInfiniteQueryResult<InfiniteData<unknown>>, key: string) {
  const [wanted, setWanted] = useState({ key, pages: 1 });
  const loaded = list.data?.pages.length ?? 0;
  const wantsMore = wanted.key === key && wanted.pages > loaded && list.hasNextPage && !list.isError;
  const { isFetching, fetchNextPage } = list;
  useEffect(() => {
    if (wantsMore && !isFetching) void fetchNextPage();
  }, [wantsMore, isFetching, fetchNextPage]);
  return {
    loading: wantsMore,
    loadMore: () => setWanted({ key, pages: loaded + 1 }),
  };
}
