import { describe, expect, it } from 'vitest';
import { filtersFromParams, loginPath, paramsFromFilters, safeNext } from './dashboard-params';

describe('dashboard URL', () => {
  it('reads view, filters, sort and search, ignoring what it does not know', () => {
    const filters = filtersFromParams(new URLSearchParams('view=open&priority=high&sort=-number&q=%20foo%20&bogus=1'));
    expect(filters).toEqual({ view: 'open', priority: 'high', sort: '-number', q: 'foo' });
    expect(filtersFromParams(new URLSearchParams('view=all&q=%09invoice%0D%0A%00x%20'))).toEqual({
      view: 'all',
      q: 'invoice x',
    });
    expect(filtersFromParams(new URLSearchParams('view=nope&priority=extreme&sort=colour'))).toEqual({ view: 'my' });
  });

  it('writes the same URL back, leaving out defaults', () => {
    const params = 'view=active&queueId=q-1&priority=urgent&sort=title&q=printer';
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams(params))).toString()).toBe(params);
    expect(paramsFromFilters({ view: 'all', sort: '-updated' }).toString()).toBe('view=all');
    // each view has its own default: the at-risk view's is nearest due first
    expect(paramsFromFilters({ view: 'at_risk', sort: 'due' }).toString()).toBe('view=at_risk');
    expect(paramsFromFilters({ view: 'at_risk', sort: '-updated' }).toString()).toBe('view=at_risk&sort=-updated');
    expect(filtersFromParams(new URLSearchParams('view=breached&sort=due'))).toEqual({ view: 'breached' });
    expect(filtersFromParams(new URLSearchParams('view=all&sort=due'))).toEqual({ view: 'all', sort: 'due' });
  });

  it('reads several statuses and drops filters that contradict the view', () => {
    expect(filtersFromParams(new URLSearchParams('view=all&status=open,closed,done,open'))).toEqual({
      view: 'all',
      status: ['open', 'closed'],
    });
    // closed is not in Active; a status filter on a one-status view and an assignee on My Tickets say nothing
    expect(filtersFromParams(new URLSearchParams('view=active&status=open,closed'))).toEqual({
      view: 'active',
      status: ['open'],
    });
    expect(filtersFromParams(new URLSearchParams('view=pending&status=pending'))).toEqual({ view: 'pending' });
    expect(filtersFromParams(new URLSearchParams('view=my&assigneeId=none'))).toEqual({ view: 'my' });
    expect(filtersFromParams(new URLSearchParams('view=active&assigneeId=none&sort=assignee'))).toEqual({
      view: 'active',
      assigneeId: 'none',
      sort: 'assignee',
    });
    expect(paramsFromFilters({ view: 'all', status: ['open', 'pending'] }).toString()).toBe(
      'view=all&status=open%2Cpending',
    );
  });

  it('only returns to paths inside the app after sign-in', () => {
    expect(safeNext('/t/42?x=1')).toBe('/t/42?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(loginPath('/?view=open', true)).toBe('/login?next=%2F%3Fview%3Dopen&expired=1');
  });
});
