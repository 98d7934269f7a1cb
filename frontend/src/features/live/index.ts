// Live updates: the connection indicator and presence (who else is on a ticket, who is replying).
export { liveKeys, usePresence, usePresenceReport, reportPresence, PRESENCE_HEARTBEAT_MS } from './api/live-api';
export { LiveIndicator } from './components/live-indicator';
export { ComposingNote, PresenceAvatars } from './components/presence';
