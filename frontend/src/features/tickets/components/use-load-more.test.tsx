import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { useLoadMore } from './use-load-more';

/** A list of pages 0, 1, 2, … whose requests answer when the test says so. */
function pagedList() {
  const answers: Array<() => void> = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () => {
      const list = useInfiniteQuery({
        queryKey: ['list'],
        initialPageParam: 0,
        getNextPageParam: (last: number) => (last < 5 ? last + 1 : undefined),
        queryFn: ({ pageParam, signal }) =>
          new Promise<number>((resolve, reject) => {
            signal.addEventListener('abort', () => reject(new Error('aborted')));
            answers.push(() => resolve(pageParam));
          }),
      });
      return { list, more: useLoadMore(list, 'the list') };
    },
    { wrapper },
  );
  const answerAll = async () => {
    await act(async () => {
      while (answers.length > 0) answers.shift()!();
      await Promise.resolve();
    });
  };
  /** Answers whatever the list asks, round after round, until it holds `pages` pages (or 5 s have passed). */
  const answerUntil = async (pages: number) => {
    const until = Date.now() + 5_000;
    while (hook.result.current.list.data?.pages.length !== pages && Date.now() < until) {
      await answerAll();
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  };
  return { client, hook, answerAll, answerUntil };
}

describe('Load more', () => {
  it('still loads the page when a refetch cancels the one in flight', async () => {
    const { client, hook, answerAll, answerUntil } = pagedList();
    await answerAll();
    await waitFor(() => expect(hook.result.current.list.data?.pages).toEqual([0]));

    act(() => hook.result.current.more.loadMore());
    await waitFor(() => expect(hook.result.current.list.isFetchingNextPage).toBe(true));
    // a live event's invalidation replaces the page's request with a refetch of the pages held
    await act(async () => {
      void client.invalidateQueries({ queryKey: ['list'] });
      await Promise.resolve();
    });
    expect(hook.result.current.more.loading).toBe(true);

    await answerUntil(2);
    expect(hook.result.current.list.data?.pages).toEqual([0, 1]);
    expect(hook.result.current.more.loading).toBe(false);
  });

  it('waits for a refetch running when pressed, then loads the next page', async () => {
    const { client, hook, answerAll, answerUntil } = pagedList();
    await answerAll();
    await waitFor(() => expect(hook.result.current.list.data?.pages).toEqual([0]));

    await act(async () => {
      void client.refetchQueries({ queryKey: ['list'] });
      await Promise.resolve();
    });
    act(() => hook.result.current.more.loadMore());
    expect(hook.result.current.more.loading).toBe(true);

    await answerUntil(2);
    expect(hook.result.current.list.data?.pages).toEqual([0, 1]);
  });
});
