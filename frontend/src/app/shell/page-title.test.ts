import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title';

const queues = [{ id: 'q-billing', name: 'Billing' }];

describe('pageTitle', () => {
  it('names the list by its view or queue, and a search in it', () => {
    expect(pageTitle('/', '?view=open', queues)).toBe('Open');
    expect(pageTitle('/', '?view=active&queueId=q-billing', queues)).toBe('Billing');
    expect(pageTitle('/', '?view=all&q=printer', queues)).toBe('“printer” in All');
  });

  it('names the other pages, and leaves the ticket page to name itself', () => {
    expect(pageTitle('/new', '', queues)).toBe('New ticket');
    expect(pageTitle('/settings/profile', '', queues)).toBe('Profile · Settings');
    expect(pageTitle('/settings/automation/r-1', '', queues)).toBe('Automation · Settings');
    expect(pageTitle('/nowhere', '', queues)).toBe('Page not found');
    expect(pageTitle('/t/42', '', queues)).toBeUndefined();
  });
});
