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

  it('only returns to paths inside the app after sign-in', () => {
    expect(safeNext('/t/42?x=1')).toBe('/t/42?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(loginPath('/?view=open', true)).toBe('/login?next=%2F%3Fview%3Dopen&expired=1');
  });
});
