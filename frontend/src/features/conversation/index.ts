export { ConversationPlaceholder } from './components/conversation-placeholder';
