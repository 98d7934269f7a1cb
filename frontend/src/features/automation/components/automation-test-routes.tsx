import { renderWithRoutes } from '@/testing/render';
import type { Lookups } from '../describe';
import { RuleEditorPage } from './rule-editor-page';
import { RulesList } from './rules-list';

export const LOOKUPS: Lookups = {
  queues: [
    { id: 'q-general', name: 'General', archived: false },
    { id: 'q-billing', name: 'Billing', archived: false },
    { id: 'q-old', name: 'Old stuff', archived: true },
  ],
  members: [
    { id: 'u-alice', name: 'Alice Admin' },
    { id: 'u-bob', name: 'Bob Agent' },
  ],
};

/** The automation pages as the app routes them, on a memory router (the editor's leave guard needs one). */
export function renderAutomation(path: string, { canEdit = true }: { canEdit?: boolean } = {}) {
  return renderWithRoutes(
    [
      { path: '/settings/automation', element: <RulesList lookups={LOOKUPS} canEdit={canEdit} /> },
      { path: '/settings/automation/new', element: <RuleEditorPage lookups={LOOKUPS} canEdit={canEdit} /> },
      { path: '/settings/automation/:id', element: <RuleEditorPage lookups={LOOKUPS} canEdit={canEdit} /> },
      { path: '/t/:number', element: <p>ticket page</p> },
    ],
    { path },
  );
}
