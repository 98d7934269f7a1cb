import { useState } from 'react';
import { Alert, Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { useAutomationRule } from '../api/automation-api';
import type { Lookups } from '../describe';
import { RuleEditor } from './rule-editor';

/** `/settings/automation/new` and `/settings/automation/:id`: loads the rule, then edits it. */
export function RuleEditorPage({ lookups, canEdit }: { lookups: Lookups; canEdit: boolean }) {
  const id = useParams().id ?? null;
  if (id === null) {
    return canEdit ? (
      <RuleEditor lookups={lookups} readOnly={false} />
    ) : (
      <Alert color="gray" variant="light" role="alert">
        Only admins can change rules.
      </Alert>
    );
  }
  return <SavedRuleEditor id={id} lookups={lookups} canEdit={canEdit} />;
}

function SavedRuleEditor({ id, lookups, canEdit }: { id: string; lookups: Lookups; canEdit: boolean }) {
  const rule = useAutomationRule(id);
  const [reloads, setReloads] = useState(0);
  if (rule.isPending) return <Loader size="sm" aria-label="Loading the rule" />;
  if (rule.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {rule.error.status === 404 ? 'This rule does not exist (any more).' : rule.error.humanMessage}
      </Alert>
    );
  }
  return (
    <RuleEditor
      key={`${rule.data.id}:${reloads}`}
      rule={rule.data}
      lookups={lookups}
      readOnly={!canEdit}
      onReload={() => void rule.refetch().then(() => setReloads((n) => n + 1))}
    />
  );
}
