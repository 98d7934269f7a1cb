import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title';

const queues = [{ id: 'q-billing', name: 'Billing' }];

describe('pageTitle', () => {
  it('names the list by its view or queue, and a search in it', () => {
    expect(pageTitle('/', '?view=open', queues)).toBe('Open');
    expect(pageTitle('/', '?view=active&queueId=q-billing', queues)).toBe('Billing');
    expect(pageTitle('/', '?view=all&q=printer', queues)).toBe('“printer” in All');
  });

  it('names the other pages', () => {
    expect(pageTitle('/new', '', queues)).toBe('New ticket');
    // the settings area names its pages itself (settings-layout.tsx)
    expect(pageTitle('/settings/profile', '', queues)).toBeNull();
    expect(pageTitle('/nowhere', '', queues)).toBe('Page not found');
  });
});
