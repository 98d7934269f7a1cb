import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  AutomationDryRun,
  AutomationDryRunRequest,
  AutomationRule,
  AutomationRuleInput,
  AutomationRuleList,
  AutomationRuleUpdate,
} from '../types';

export const automationKeys = {
  all: ['automation'] as const,
  rules: () => [...automationKeys.all, 'rules'] as const,
  rule: (id: string) => [...automationKeys.rules(), id] as const,
};

const path = (id: string) => `/api/automation/rules/${encodeURIComponent(id)}`;

export const fetchAutomationRules = (signal?: AbortSignal) =>
  api.get<AutomationRuleList>('/api/automation/rules', { signal });
export const fetchAutomationRule = (id: string, signal?: AbortSignal) => api.get<AutomationRule>(path(id), { signal });

const byPosition = (list: AutomationRuleList) => [...list.items].sort((a, b) => a.position - b.position);

export const automationRulesQueryOptions = () =>
  queryOptions({
    queryKey: automationKeys.rules(),
    queryFn: ({ signal }) => fetchAutomationRules(signal),
    select: byPosition,
  });
export const automationRuleQueryOptions = (id: string) =>
  queryOptions({ queryKey: automationKeys.rule(id), queryFn: ({ signal }) => fetchAutomationRule(id, signal) });

export const useAutomationRules = () => useQuery(automationRulesQueryOptions());
export const useAutomationRule = (id: string) => useQuery(automationRuleQueryOptions(id));

function useRuleMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: automationKeys.all }),
  });
}

export const useCreateAutomationRule = () =>
  useRuleMutation((rule: AutomationRuleInput) => api.post<AutomationRule>('/api/automation/rules', rule));
export const useUpdateAutomationRule = () =>
  useRuleMutation(({ id, rule }: { id: string; rule: AutomationRuleUpdate }) =>
    api.put<AutomationRule>(path(id), rule),
  );
export const useDeleteAutomationRule = () => useRuleMutation((id: string) => api.delete(path(id)));

/** Reorders: while the server has not answered the list shows the new order (marked pending), rolled back on refusal. */
export function useReorderAutomationRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.put<AutomationRuleList>('/api/automation/rules/order', { ids }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: automationKeys.rules(), exact: true });
      const before = queryClient.getQueryData<AutomationRuleList>(automationKeys.rules());
      if (before) {
        const byId = new Map(before.items.map((rule) => [rule.id, rule]));
        const items = ids.flatMap((id, position) => {
          const rule = byId.get(id);
          return rule ? [{ ...rule, position }] : [];
        });
        queryClient.setQueryData<AutomationRuleList>(automationKeys.rules(), { items });
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) queryClient.setQueryData(automationKeys.rules(), context.before);
    },
    onSuccess: (list) => queryClient.setQueryData(automationKeys.rules(), list),
    onSettled: () => queryClient.invalidateQueries({ queryKey: automationKeys.all }),
  });
}

/** Replays recent history against a saved or draft rule; changes nothing. */
export const useAutomationDryRun = () =>
  useMutation({
    mutationFn: (request: AutomationDryRunRequest) =>
      api.post<AutomationDryRun>('/api/automation/rules/dry-run', request),
  });
