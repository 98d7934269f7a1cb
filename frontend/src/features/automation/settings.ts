// The settings pages' entry (lazily loaded routes): not part of the first page's bundle.
export { RulesList as AutomationRules } from './components/rules-list';
export { RuleEditorPage as AutomationRuleEditor } from './components/rule-editor-page';
export type { AutomationMemberOption, AutomationQueueOption } from './types';
