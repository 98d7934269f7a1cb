// The bulk bar's entry ("Select all N in this view" with it): loaded on the first selection, in the ticket page's
// chunk (app/routes/ticket-route.tsx), not with the first page.
export { BulkActionBar, type BulkActionBarProps } from './components/bulk-action-bar';
