/**
 * Generated from docs/openapi.json by `npm run gen:api` (openapi-typescript). Do not edit: change the
 * server's contract, regenerate, and adapt the friendly names in api-schema.ts.
 */

export interface paths {
  '/api/activity/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the organisation's activity hash chains and check the latest checkpoint (admins) */
    get: operations['verifyActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/email-outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's notification e-mails, newest first: waiting, sent, given up (admin) */
    get: operations['listEmailOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/email-outbox/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give up a waiting or failed e-mail for good: cancelled, never sent (admin). 409 email-not-waiting when it is sent, cancelled or being sent */
    post: operations['discardOutboxEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/email-outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a waiting or given-up e-mail due now; the sender tries it within seconds (admin). 409 email-not-waiting when it is sent, cancelled or being sent */
    post: operations['retryOutboxEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file (inline=true: an image preview) */
    get: operations['downloadAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/limits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The upload limits, so a client can refuse an oversize file before sending it */
    get: operations['getAttachmentLimits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's audit trail, newest first (admin) */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/csrf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the CSRF token (and set the XSRF-TOKEN cookie) */
    get: operations['getCsrfToken'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/email-confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Use an e-mailed confirmation link: proves the address, or completes a change of address (public) */
    post: operations['confirmEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password (starts a browser session) */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends the browser session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a password reset link by e-mail (same answer whether the address has an account) */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link's token; ends every session of the person */
    post: operations['confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/automation/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the automation rules in the order they run */
    get: operations['listAutomationRules'];
    put?: never;
    /** Create an automation rule (admin) */
    post: operations['createAutomationRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/automation/rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One automation rule */
    get: operations['getAutomationRule'];
    /** Replace an automation rule (admin); the answer is its next version */
    put: operations['updateAutomationRule'];
    post?: never;
    /** Delete an automation rule (admin) */
    delete: operations['deleteAutomationRule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/automation/rules/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What a saved or draft rule would have done over the last days (changes nothing; admin) */
    post: operations['dryRunAutomationRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/automation/rules/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put the automation rules in a new order (admin) */
    put: operations['reorderAutomationRules'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the open invitations, newest first (admin) */
    get: operations['listInvitations'];
    put?: never;
    /** Invite someone by a one-time link (admin) */
    post: operations['createInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an open invitation: its link stops working and the invitee can no longer accept it in the app (admin) */
    delete: operations['revokeInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation link: join, sign in and act in the organisation (public)
     * @description A new person gives `name` and `password`; an existing account must be signed in as the invited address. An account that never proved its address is taken over by whoever accepts signed out (with `name` and `password`) a link that went to the address alone: its sessions, API tokens, open links and other memberships end. A link shown to the admin takes nothing over. The link works once.
     */
    post: operations['acceptInvitationLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an invitation link invites to (public; the token travels in the body, never the URL) */
    post: operations['previewInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The acting organisation's live events (Server-Sent Events; see docs/api.md) */
    get: operations['openLiveStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/presence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Say that you view (or compose on, or left) a ticket; answers its viewers */
    post: operations['reportPresence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their organisations and invitations */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change one's name, time zone or avatar colour */
    patch: operations['changeMe'];
    trace?: never;
  };
  '/api/me/current-organisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Choose the organisation a browser session acts in */
    put: operations['chooseOrganisation'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask to change one's e-mail address: a confirmation link goes to the new address */
    post: operations['changeEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for another link that proves one's current e-mail address */
    post: operations['resendEmailVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/invitations/{organisationId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation to an organisation; a browser session then acts in it */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in person's notification settings per kind, and their digest time */
    get: operations['getNotificationPreferences'];
    /** Change notification settings: the kinds named, the digest hour and time zone */
    put: operations['changeNotificationPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change one's password; every other session of one's own ends */
    put: operations['changePassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List one's browser sessions, the most recently used first */
    get: operations['listSessions'];
    put?: never;
    post?: never;
    /** Sign out all of one's other sessions */
    delete: operations['endOtherSessions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Sign out one of one's sessions */
    delete: operations['endSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List one's personal API tokens */
    get: operations['listApiTokens'];
    put?: never;
    /** Create a personal API token (its secret is shown only in this answer) */
    post: operations['createApiToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a personal API token */
    delete: operations['revokeApiToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the organisation's active members (the people tickets can be assigned to) */
    get: operations['listMembers'];
    put?: never;
    /**
     * Invite a person by e-mail address, with an initial password for a new account (admin)
     * @description The same answer, and the same `invited` entry in the directory and in the open invitations, whether or not the address had an account. A new account joins when it first signs in with the initial password; an existing one keeps its own password and joins when that person accepts in the app with a proven address. Every address is e-mailed the same invitation link (whoever proves the address by it joins). The invitation expires with that link; adding an address whose invitation expired renews it.
     */
    post: operations['addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a member's role, or deactivate / reactivate them (admin)
     * @description Deactivating ends the person's browser sessions and their API tokens of this organisation at once; their tickets stay assigned.
     */
    patch: operations['changeMember'];
    trace?: never;
  };
  '/api/members/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Withdraw the invitation of a person added as a member, open or expired (admin)
     * @description As withdrawing the open invitation (`DELETE /api/invitations/{id}`): the address's invitation links stop working and the invitation in the app ends; the person leaves the directory. Also for an `expired` invitation, which has no open link any more.
     */
    delete: operations['withdrawMemberInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search and page through the organisation's people of any status, by name (admin) */
    get: operations['listMemberDirectory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the signed-in user was mentioned, newest first */
    get: operations['listMentions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentions/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a mention as read */
    post: operations['markMentionRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in person's notifications, newest activity first, a page at a time */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one notification read */
    post: operations['markNotificationRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark read every unread notification up to a given one (or of one ticket) */
    post: operations['markAllNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of the person's notifications are unread */
    get: operations['countUnreadNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The acting organisation's settings */
    get: operations['getOrganisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename the organisation or change its time zone (admin) */
    patch: operations['changeOrganisation'];
    trace?: never;
  };
  '/api/queues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the queues in sidebar order with their active ticket counts (archived last) */
    get: operations['listQueues'];
    put?: never;
    /** Create a queue (admin) */
    post: operations['createQueue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queues/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename, archive or restore a queue, or make it the default (admin)
     * @description Archiving a queue that holds active tickets needs `moveActiveTicketsTo`: they move there first (each with an activity entry), all in one transaction.
     */
    patch: operations['changeQueue'];
    trace?: never;
  };
  '/api/queues/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The queue's members (the agents who work it), by name */
    get: operations['listQueueMembers'];
    /** Set the queue's members (admin) */
    put: operations['changeQueueMembers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queues/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put the queues in this sidebar order (admin) */
    put: operations['reorderQueues'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an organisation with its first admin (then sign in); the same answer for an address that has an account */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the business calendars */
    get: operations['listSlaCalendars'];
    put?: never;
    /** Create a business calendar (admin) */
    post: operations['createSlaCalendar'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/calendars/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One business calendar */
    get: operations['getSlaCalendar'];
    /** Replace a business calendar (admin) */
    put: operations['changeSlaCalendar'];
    post?: never;
    /** Delete a business calendar no policy uses (admin) */
    delete: operations['deleteSlaCalendar'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/calendars/{id}/due-times': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * When a ticket created now would be due, for each of these targets, on this calendar
     * @description The same business-time arithmetic as a new ticket's SLA clock, so a policy form can show "a ticket created now would be due at …" for targets it has not saved yet.
     */
    get: operations['previewSlaDueTimes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the SLA policies in the order they are matched */
    get: operations['listSlaPolicies'];
    put?: never;
    /** Create an SLA policy, matched after the others (admin) */
    post: operations['createSlaPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One SLA policy */
    get: operations['getSlaPolicy'];
    /** Replace an SLA policy (admin) */
    put: operations['changeSlaPolicy'];
    post?: never;
    /** Delete an SLA policy no ticket's clock runs on (admin) */
    delete: operations['deleteSlaPolicy'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policies/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the order in which policies are matched (admin) */
    put: operations['reorderSlaPolicies'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of recomputing open tickets' due times after a policy or calendar change */
    get: operations['getSlaRecompute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ticket-numbers/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One ticket by its organisation's ticket number */
    get: operations['getTicketByNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tickets by view, filters and sort, a page at a time */
    get: operations['listTickets'];
    put?: never;
    /** Open a ticket */
    post: operations['createTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One ticket by id */
    get: operations['getTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a ticket (only the fields sent) */
    patch: operations['changeTicket'];
    trace?: never;
  };
  '/api/tickets/{id}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A ticket's activity trail, newest first */
    get: operations['listTicketActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/sla': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A ticket's SLA clocks explained: policy, target, due, state, used and left, and the timeline */
    get: operations['explainTicketSla'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{ticketId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a ticket's files, oldest first */
    get: operations['listAttachments'];
    put?: never;
    /** Attach a file to a ticket or one of its comments */
    post: operations['uploadAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{ticketId}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A ticket's comments, oldest first */
    get: operations['listComments'];
    put?: never;
    /** Reply publicly or add an internal note */
    post: operations['postComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{ticketId}/comments/{commentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One comment */
    get: operations['getComment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit one's own comment (earlier texts are kept) */
    patch: operations['editComment'];
    trace?: never;
  };
  '/api/tickets/{ticketId}/comments/{commentId}/redaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Redact a comment and all its earlier texts (admin) */
    post: operations['redactComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{ticketId}/comments/{commentId}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A comment's earlier texts, oldest first */
    get: operations['listCommentRevisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change many tickets, all or nothing
     * @description Each item is a `PatchTicketRequest` plus the ticket `id`; 1–500 items, one transaction.
     */
    patch: operations['changeTickets'];
    trace?: never;
  };
  '/api/tickets/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of every view and of each queue's active tickets */
    get: operations['countTickets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptInvitationRequest: {
      name?: string | null;
      password?: string | null;
      token: string;
    };
    ActivityAutomationResponse: {
      because: string;
      /** Format: uuid */
      ruleId: string;
      ruleName: string;
      /** Format: int32 */
      ruleVersion: number;
    };
    ActivityBrokenLinkResponse: {
      /** Format: uuid */
      entryId: string | null;
      reason: string;
      /** Format: uuid */
      ticketId: string | null;
    };
    ActivityCheckpointResponse: {
      /** Format: date-time */
      at: string;
      root: string;
      /** Format: int64 */
      tickets: number;
    };
    ActivityList: {
      items: components['schemas']['ActivityResponse'][];
      nextCursor: string | null;
    };
    ActivityResponse: {
      action: string;
      actor: components['schemas']['ActorRef'];
      /** Format: date-time */
      at: string;
      automation: components['schemas']['ActivityAutomationResponse'] | null;
      field: string | null;
      /** Format: uuid */
      id: string;
      newLabel: string | null;
      newValue: string | null;
      oldLabel: string | null;
      oldValue: string | null;
      /** @description why the system wrote the entry, where the action does not say: for `sla_due_moved`, what an admin changed (`policy` or `calendar`); null otherwise */
      reason: string | null;
    };
    ActivityVerificationResponse: {
      checkpoint: components['schemas']['ActivityCheckpointResponse'] | null;
      /** Format: int64 */
      entries: number;
      /** Format: int64 */
      entriesBeforeChain: number;
      firstBreak: components['schemas']['ActivityBrokenLinkResponse'] | null;
      ok: boolean;
      /** Format: int64 */
      tickets: number;
    };
    ActorRef: {
      /** Format: uuid */
      id: string | null;
      name: string;
    };
    AddMemberRequest: {
      /** Format: email */
      email: string;
      name: string;
      password: string;
      role: string;
    };
    AttachmentLimitsResponse: {
      /**
       * Format: int64
       * @description the largest file accepted, in bytes
       */
      maxFileSize: number;
      /** @description the same as people read it, e.g. "25 MB" */
      maxFileSizeText: string;
      /** Format: int32 */
      maxFilesPerComment: number;
    };
    AttachmentList: {
      items: components['schemas']['AttachmentResponse'][];
    };
    AttachmentResponse: {
      /** Format: uuid */
      commentId: string | null;
      contentType: string;
      /** Format: date-time */
      createdAt: string;
      filename: string;
      /** Format: uuid */
      id: string;
      previewable: boolean;
      sha256: string;
      /** Format: int64 */
      size: number;
      /** Format: uuid */
      ticketId: string;
      uploadedBy: components['schemas']['Person'];
    };
    AuditActor: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    AuditEntryResponse: {
      /** @description a stable code, e.g. `member.role_changed` */
      action: string;
      actor: components['schemas']['AuditActor'];
      /** Format: date-time */
      at: string;
      /** @description the facts of the action (ids, old and new values) */
      details: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      id: string;
      summary: string;
    };
    AuditPageResponse: {
      items: components['schemas']['AuditEntryResponse'][];
      /** @description pass as `cursor` for the next (older) page; null on the last page */
      nextCursor: string | null;
    };
    AutomationActionBody: {
      type: string;
      value: string | null;
    };
    AutomationConditionBody: {
      field: string;
      operator: string;
      value: string | null;
    };
    AutomationDryRunChangeResponse: {
      field: string;
      from: string | null;
      to: string | null;
    };
    AutomationDryRunItemResponse: {
      /** Format: date-time */
      at: string;
      because: string;
      changes: components['schemas']['AutomationDryRunChangeResponse'][];
      note: string | null;
      /** Format: int64 */
      number: number;
      /** Format: uuid */
      ticketId: string;
      title: string;
    };
    AutomationDryRunRequest: {
      /** Format: int32 */
      days?: number | null;
      rule?: components['schemas']['AutomationRuleRequest'] | null;
      /** Format: uuid */
      ruleId?: string | null;
    };
    AutomationDryRunResponse: {
      /** Format: int32 */
      days: number;
      /** Format: int32 */
      eventsReplayed: number;
      /** Format: int32 */
      fired: number;
      items: components['schemas']['AutomationDryRunItemResponse'][];
      truncated: boolean;
    };
    AutomationOrderRequest: {
      ids?: string[] | null;
    };
    AutomationRuleListResponse: {
      items: components['schemas']['AutomationRuleResponse'][];
    };
    AutomationRuleRequest: {
      actions?: components['schemas']['AutomationActionBody'][] | null;
      conditions?: components['schemas']['AutomationConditionBody'][] | null;
      enabled?: boolean | null;
      match?: string | null;
      name?: string | null;
      trigger?: components['schemas']['AutomationTriggerBody'] | null;
      /** Format: int32 */
      version?: number | null;
    };
    AutomationRuleResponse: {
      actions: components['schemas']['AutomationActionBody'][];
      conditions: components['schemas']['AutomationConditionBody'][];
      /** Format: date-time */
      createdAt: string;
      disabledReason: string | null;
      enabled: boolean;
      /** Format: int32 */
      firedLast7Days: number;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastFiredAt: string | null;
      match: string;
      name: string;
      /** Format: int32 */
      position: number;
      trigger: components['schemas']['AutomationTriggerBody'];
      /** Format: date-time */
      updatedAt: string;
      /** Format: int32 */
      version: number;
    };
    AutomationTriggerBody: {
      businessHours: boolean;
      field: string | null;
      from: string | null;
      /** Format: int32 */
      minutes: number | null;
      status: string | null;
      to: string | null;
      type: string;
      visibility: string | null;
    };
    /** @description One item of a bulk change: the ticket `id` and the fields of a `PatchTicketRequest`. */
    BulkItemRequest: {
      /**
       * Format: uuid
       * @description null unassigns
       */
      assigneeId?: string | null;
      description?: string;
      expected?: components['schemas']['TicketExpectedRequest'];
      /** Format: uuid */
      id: string;
      priority?: string;
      /** Format: uuid */
      queueId?: string;
      status?: string;
      title?: string;
      /** Format: int64 */
      version?: number;
    };
    /** @description 422 bulk-rejected: nothing changed; every failing item is listed. */
    BulkRejectedProblem: {
      detail: string;
      /** Format: uri-reference */
      instance: string;
      items: components['schemas']['RejectedItem'][];
      /** Format: int32 */
      status: number;
      title: string;
      /** Format: uri */
      type: string;
    };
    CalendarRequest: {
      holidays?: string[] | null;
      hours?: components['schemas']['HoursDto'][] | null;
      name?: string | null;
      timeZone?: string | null;
    };
    CalendarResponse: {
      holidays: string[];
      hours: components['schemas']['HoursDto'][];
      /** Format: uuid */
      id: string;
      name: string;
      timeZone: string;
      /** Format: int64 */
      version: number;
    };
    ChangeEmailRequest: {
      currentPassword: string;
      email: string;
    };
    ChangeMemberRequest: {
      /** @description admin or agent */
      role?: string | null;
      /**
       * @description active or deactivated
       * @enum {string|null}
       */
      status?: 'active' | 'deactivated' | null;
    };
    ChangeMeRequest: {
      /** @description avatar initials colour `#rrggbb` */
      colour?: string | null;
      name?: string | null;
      /** @description IANA time zone, e.g. Europe/Berlin */
      timeZone?: string | null;
    };
    ChangeOrganisationRequest: {
      name?: string | null;
      /** @description IANA time zone, e.g. Europe/Berlin */
      timeZone?: string | null;
    };
    ChangePasswordRequest: {
      currentPassword: string;
      newPassword: string;
    };
    ChangeQueueRequest: {
      archived?: boolean | null;
      /** @description only true: make this the default queue */
      isDefault?: boolean | null;
      /**
       * Format: uuid
       * @description move the queue's active tickets to this queue first (required to archive a queue that holds active tickets)
       */
      moveActiveTicketsTo?: string | null;
      name?: string | null;
    };
    ChooseOrganisationRequest: {
      /** Format: uuid */
      organisationId: string;
    };
    Clock: {
      /** Format: date-time */
      atRiskAt: string | null;
      /** Format: date-time */
      breachedAt: string | null;
      /** Format: date-time */
      dueAt: string | null;
      /** Format: int64 */
      leftBusinessMinutes: number;
      /** Format: date-time */
      metAt: string | null;
      state: string;
      /** Format: int64 */
      usedBusinessMinutes: number;
    };
    CommentAutomationResponse: {
      /** Format: uuid */
      ruleId: string;
      ruleName: string;
    };
    CommentResponse: {
      author: components['schemas']['Person'] | null;
      automation: components['schemas']['CommentAutomationResponse'] | null;
      body: string;
      /** Format: date-time */
      createdAt: string;
      edited: boolean;
      /** Format: date-time */
      editedAt: string | null;
      html: string;
      /** Format: uuid */
      id: string;
      mentions: components['schemas']['Person'][];
      redacted: boolean;
      /** Format: date-time */
      redactedAt: string | null;
      redactedBy: components['schemas']['Person'] | null;
      /** Format: uuid */
      ticketId: string;
      visibility: string;
    };
    CountsResponse: {
      queues: components['schemas']['QueueCount'][];
      views: {
        [key: string]: number;
      };
    };
    CreateQueueRequest: {
      name: string;
    };
    CreateTicketRequest: {
      /** Format: uuid */
      assigneeId?: string | null;
      description?: string | null;
      /** @description low, medium (default), high or urgent */
      priority?: string | null;
      /**
       * Format: uuid
       * @description default: the default queue
       */
      queueId?: string | null;
      title: string;
    };
    CreateTokenRequest: {
      name: string;
    };
    CsrfResponse: {
      /** @example X-XSRF-TOKEN */
      headerName: string;
      /** @description also in the XSRF-TOKEN cookie */
      token: string;
    };
    CurrentOrganisation: {
      /** Format: uuid */
      id: string;
      name: string;
      role: string;
    };
    EditCommentRequest: {
      body: string;
    };
    EmailConfirmationRequest: {
      token: string;
    };
    EmailConfirmedResponse: {
      /** @description true when the link changed the address (the old address was told) */
      changed: boolean;
      /** @description the account's address now, proven */
      email: string;
    };
    EmailOutboxResponse: {
      /** @description whether the e-mails listed can go out at all on this install */
      delivery: components['schemas']['OutboxDeliveryResponse'];
      items: components['schemas']['OutboxEmail'][];
    };
    EmailRequestedResponse: {
      message: string;
    };
    /** @description 409 field-conflict: someone else changed a field this request changes since you saw it; nothing was saved. `conflicts` says per field what you saw, what you sent, what it is now and who changed it; `ticket` is the ticket as it is now. */
    FieldConflictProblem: {
      conflicts: components['schemas']['TicketFieldConflictResponse'][];
      detail: string;
      errors: components['schemas']['FieldError'][];
      /** Format: uri-reference */
      instance: string;
      /** Format: int32 */
      status: number;
      ticket: components['schemas']['TicketResponse'];
      title: string;
      /** Format: uri */
      type: string;
    };
    FieldError: {
      field: string;
      message: string;
    };
    HoursDto: {
      day: string;
      end: string;
      start: string;
    };
    /** @description 422 illegal-transition: the lifecycle does not allow this status change. */
    IllegalTransitionProblem: {
      /** @description the statuses the ticket may move to instead */
      allowed: string[];
      detail: string;
      errors: components['schemas']['FieldError'][];
      /** Format: uri-reference */
      instance: string;
      /** Format: int32 */
      status: number;
      title: string;
      /** Format: uri */
      type: string;
    };
    InvitationCreatedResponse: {
      /** @description the one-time link (web route `/invitations/accept#token=…`); shown only in this answer */
      acceptUrl: string;
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      role: string;
    };
    InvitationPreviewResponse: {
      /** @description true: sign in as this address, then accept (a proven account, or any account when the link was shown to the admin: such a link takes nothing over); false: give name and password */
      accountExists: boolean;
      /** @description true (only with `unconfirmedAccount`): that account is the one this organisation made when its admin added the address, and it never signed in: the invitee has no account of their own yet, and choosing a name and password here makes it theirs */
      accountMadeByInvitation: boolean;
      email: string;
      organisationName: string;
      /** @description true: an account with this address exists but never proved it, and this link went to the address alone. Signed in as it, accepting keeps it; otherwise accepting (name and password) takes it over and it keeps nothing of before: its password, sessions, API tokens and other memberships end */
      unconfirmedAccount: boolean;
    };
    InvitationResponse: {
      /** Format: date-time */
      createdAt: string;
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      invitedBy: components['schemas']['InvitedBy'];
      role: string;
    };
    InvitationTokenRequest: {
      token: string;
    };
    InvitedBy: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    InviteRequest: {
      /** Format: email */
      email: string;
      /** @enum {string} */
      role: 'admin' | 'agent';
    };
    IssuedToken: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      token: string;
    };
    KindPreferenceBody: {
      email: string;
      inApp: boolean;
      kind: string;
    };
    ListResponseCommentResponse: {
      items: components['schemas']['CommentResponse'][];
    };
    ListResponseMentionResponse: {
      items: components['schemas']['MentionResponse'][];
    };
    ListResponseRevisionResponse: {
      items: components['schemas']['RevisionResponse'][];
    };
    LoginRequest: {
      email: string;
      password: string;
    };
    MemberDetailResponse: {
      /**
       * Format: int64
       * @description active tickets assigned to this person
       */
      assignedActiveCount: number;
      email: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastSeenAt: string | null;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'agent';
      /**
       * @description invited: not joined yet; expired: never joined, and the invitation expired with its e-mailed link (add the address again to renew it)
       * @enum {string}
       */
      status: 'active' | 'invited' | 'expired' | 'deactivated';
    };
    MemberPageResponse: {
      items: components['schemas']['MemberDetailResponse'][];
      /** @description pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    MemberResponse: {
      email: string;
      /** Format: uuid */
      id: string;
      name: string;
      role: string;
    };
    MembershipResponse: {
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      role: string;
    };
    MentionResponse: {
      /** Format: date-time */
      at: string;
      author: components['schemas']['Person'] | null;
      automation: components['schemas']['CommentAutomationResponse'] | null;
      /** Format: uuid */
      commentId: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      readAt: string | null;
      ticket: components['schemas']['TicketSummary'];
      visibility: string;
    };
    MeResponse: {
      /** @description avatar initials colour `#rrggbb`; null: chosen by the app */
      colour: string | null;
      currentOrganisation: components['schemas']['CurrentOrganisation'];
      /** @description whether the e-mail address was proven by a link sent to it; joining another organisation in the app needs it */
      emailVerified: boolean;
      invitations: components['schemas']['MembershipResponse'][];
      memberships: components['schemas']['MembershipResponse'][];
      /** @description the address one asked to move to, while its confirmation link is open */
      pendingEmail: string | null;
      /** @description IANA time zone, e.g. Europe/Berlin */
      timeZone: string;
      user: components['schemas']['Person'];
    };
    NotificationPageResponse: {
      items: components['schemas']['NotificationResponse'][];
      nextCursor: string | null;
    };
    NotificationResponse: {
      actor: components['schemas']['Person'] | null;
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      id: string;
      kind: string;
      kinds: string[];
      read: boolean;
      summary: string;
      ticket: components['schemas']['TicketRef'];
      /** Format: int32 */
      ticketCount: number;
    };
    OrderRequest: {
      ids?: string[] | null;
    };
    OrganisationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description IANA time zone, e.g. Europe/Berlin; the default business calendar zone */
      timeZone: string;
    };
    OutboxDeliveryResponse: {
      /** @description false without `WORKTRACKR_SMTP_HOST`: nothing is sent, every e-mail waits in the outbox (retrying changes nothing until a server is configured) */
      smtpConfigured: boolean;
    };
    OutboxEmail: {
      /** Format: int32 */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      discardable: boolean;
      /** Format: uuid */
      id: string;
      kind: string;
      lastError: string | null;
      /** Format: date-time */
      nextAttemptAt: string;
      /** Format: uuid */
      recipientId: string | null;
      recipientName: string | null;
      retryable: boolean;
      /** Format: date-time */
      sentAt: string | null;
      status: string;
      subject: string | null;
      toAddress: string | null;
    };
    PasswordResetConfirmRequest: {
      newPassword: string;
      token: string;
    };
    PasswordResetRequest: {
      email: string;
    };
    PasswordResetRequestedResponse: {
      message: string;
    };
    /** @description Three states per field: absent = left unchanged; a value = set; `null` only for `assigneeId` (= unassign), for any other field `null` is refused with 422. To be refused instead of overwriting someone else's change, send either `expected` (the values you saw of the fields you change: 409 `field-conflict` only when one of those was changed) or `version` (the version you saw: 409 `stale-ticket` on any change since), not both. */
    PatchTicketRequest: {
      /**
       * Format: uuid
       * @description null unassigns
       */
      assigneeId?: string | null;
      description?: string;
      expected?: components['schemas']['TicketExpectedRequest'];
      priority?: string;
      /** Format: uuid */
      queueId?: string;
      status?: string;
      title?: string;
      /** Format: int64 */
      version?: number;
    };
    Person: {
      email: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    PersonRef: {
      email: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    PolicyRef: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    PolicyRequest: {
      /** Format: int32 */
      atRiskFloorMinutes?: number | null;
      /** Format: int32 */
      atRiskPercent?: number | null;
      /** Format: uuid */
      calendarId?: string | null;
      name?: string | null;
      priorities?: string[] | null;
      queueIds?: string[] | null;
      targets?: {
        [key: string]: components['schemas']['TargetsDto'];
      } | null;
    };
    PolicyResponse: {
      /** Format: int32 */
      atRiskFloorMinutes: number;
      /** Format: int32 */
      atRiskPercent: number;
      /** Format: uuid */
      calendarId: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: int32 */
      position: number;
      priorities: string[];
      queueIds: string[];
      targets: {
        [key: string]: components['schemas']['TargetsResponse'];
      };
      /** Format: int64 */
      version: number;
    };
    PostCommentRequest: {
      body: string;
      visibility: string;
    };
    PreferencesRequest: {
      /** Format: int32 */
      digestHour?: number | null;
      kinds?: components['schemas']['KindPreferenceBody'][] | null;
      timeZone?: string | null;
    };
    PreferencesResponse: {
      /** Format: int32 */
      digestHour: number;
      kinds: components['schemas']['KindPreferenceBody'][];
      timeZone: string;
    };
    PresenceRequest: {
      composing?: boolean | null;
      leaving?: boolean | null;
      /** Format: uuid */
      ticketId?: string | null;
    };
    PresenceResponse: {
      /** Format: uuid */
      ticketId: string;
      viewers: components['schemas']['ViewerResponse'][];
    };
    /** @description RFC 9457 problem. Decide by `type` (`https://worktrackr.io/problems/<slug>`, the slugs are listed in docs/api.md); `title` and `detail` are texts for people. */
    Problem: {
      /** @example title: must not be blank */
      detail: string;
      /** @description 5xx only: the id under which the failure is logged */
      errorId?: string;
      /** @description what is wrong, field by field */
      errors?: components['schemas']['FieldError'][];
      /**
       * Format: uri-reference
       * @description the request path
       * @example /api/tickets
       */
      instance: string;
      /**
       * Format: int64
       * @description `payload-too-large` of an upload: the largest file accepted, in bytes
       */
      maxFileSize?: number;
      /**
       * Format: int32
       * @description `too-many-attachments`: how many files a comment may carry
       */
      maxFilesPerComment?: number;
      /**
       * Format: int64
       * @description `too-many-sign-in-attempts`: when to try again
       */
      retryAfterSeconds?: number;
      /**
       * Format: int32
       * @example 422
       */
      status: number;
      /** @example Invalid input */
      title: string;
      /**
       * Format: uri
       * @example https://worktrackr.io/problems/invalid-input
       */
      type: string;
    };
    QueueCount: {
      /** Format: int64 */
      count: number;
      /** Format: uuid */
      id: string;
      name: string;
    };
    QueueMemberResponse: {
      email: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    QueueMembersRequest: {
      userIds: string[];
    };
    QueueOrderRequest: {
      queueIds: string[];
    };
    QueueRef: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    QueueResponse: {
      /** Format: int64 */
      activeCount: number;
      archived: boolean;
      /** Format: uuid */
      id: string;
      isDefault: boolean;
      /** @description true if the caller is a member of this queue */
      mine: boolean;
      name: string;
      /**
       * Format: int32
       * @description sidebar order, ascending (archived queues come last in the list)
       */
      position: number;
    };
    ReadAllRequest: {
      /** Format: uuid */
      ticketId?: string | null;
      /** Format: uuid */
      upToId?: string | null;
    };
    ReadAllResponse: {
      /** Format: int32 */
      marked: number;
    };
    RecomputeResponse: {
      /** Format: int64 */
      ticketsLeft: number;
    };
    RejectedItem: {
      errors: components['schemas']['FieldError'][];
      /** Format: uuid */
      id: string;
      /**
       * Format: int32
       * @description position in the request array, from 0
       */
      index: number;
      /** @description present only when the item failed because the ticket changed meanwhile */
      ticket?: components['schemas']['TicketResponse'];
    };
    RevisionResponse: {
      body: string;
      /** Format: date-time */
      replacedAt: string;
      /** Format: date-time */
      writtenAt: string;
    };
    SessionResponse: {
      /** Format: date-time */
      createdAt: string;
      /** @description true for the session making this request */
      current: boolean;
      /** @description e.g. Firefox on Linux */
      device: string;
      /** @description an id for this list; not the session's secret */
      id: string;
      /** Format: date-time */
      lastUsedAt: string;
    };
    SignUpAcceptedResponse: {
      message: string;
    };
    SignUpRequest: {
      /** Format: email */
      email: string;
      name: string;
      organisationName: string;
      password: string;
    };
    SlaClockExplanationResponse: {
      /** Format: int32 */
      atRiskThresholdBusinessMinutes: number;
      clock: components['schemas']['SlaClockResponse'];
      kind: string;
      /** Format: int64 */
      leftCalendarMinutes: number | null;
      segments: components['schemas']['SlaSegmentResponse'][];
      /** Format: date-time */
      startedAt: string;
      /** Format: int32 */
      targetBusinessMinutes: number;
    };
    SlaClockResponse: {
      /** Format: date-time */
      atRiskAt: string | null;
      /** Format: date-time */
      breachedAt: string | null;
      /** Format: date-time */
      dueAt: string | null;
      /** Format: int64 */
      leftBusinessMinutes: number;
      /** Format: date-time */
      metAt: string | null;
      state: string;
      /** Format: int64 */
      usedBusinessMinutes: number;
    };
    SlaDuePreviewResponse: {
      /** @description one per requested target, in the order asked */
      dueTimes: components['schemas']['SlaDueTimeResponse'][];
      /**
       * Format: date-time
       * @description now, by the server's clock: when the previewed ticket would have been created
       */
      from: string;
      /** @description the calendar's time zone (IANA) */
      timeZone: string;
    };
    SlaDueTimeResponse: {
      /** Format: int32 */
      businessMinutes: number;
      /** Format: date-time */
      dueAt: string;
    };
    SlaExplanationResponse: {
      calendarName: string | null;
      clocks: components['schemas']['SlaClockExplanationResponse'][];
      policy: components['schemas']['SlaPolicyRefResponse'] | null;
      /** Format: uuid */
      ticketId: string;
      timeZone: string | null;
    };
    SlaPolicyRefResponse: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    SlaSegmentResponse: {
      /** Format: int64 */
      businessMinutes: number;
      /** Format: date-time */
      from: string;
      kind: string;
      /** Format: date-time */
      to: string;
    };
    /** @description 409 stale-ticket: nothing was saved; `ticket` is the ticket as it is now. */
    StaleTicketProblem: {
      detail: string;
      /** Format: uri-reference */
      instance: string;
      /** Format: int32 */
      status: number;
      ticket: components['schemas']['TicketResponse'];
      title: string;
      /** Format: uri */
      type: string;
    };
    TargetsDto: {
      /** Format: int32 */
      firstResponseMinutes: number | null;
      /** Format: int32 */
      resolutionMinutes: number | null;
    };
    TargetsResponse: {
      /** Format: int32 */
      firstResponseMinutes: number;
      /** Format: int32 */
      resolutionMinutes: number;
    };
    /** @description The values you saw of the fields you change: a field someone else changed since (to something other than what you send) answers 409 `field-conflict`; other fields' changes do not stand in the way. `assigneeId: null` = you saw it unassigned. */
    TicketExpectedRequest: {
      /** Format: uuid */
      assigneeId?: string | null;
      description?: string;
      priority?: string;
      /** Format: uuid */
      queueId?: string;
      status?: string;
      title?: string;
    };
    TicketFieldConflictResponse: {
      /** @description the automation rule that changed it, when no person did */
      automationRule: string | null;
      /** Format: date-time */
      changedAt: string | null;
      /** @description who changed it last; null when the system (an automation rule) did */
      changedBy: components['schemas']['PersonRef'] | null;
      /** @description the value you saw (sent in `expected`) */
      expected: string | null;
      /** @description the field's request name: status, priority, assigneeId, queueId, title, description */
      field: string;
      /** @description the value it holds now */
      theirs: string | null;
      /** @description `theirs` as a person reads it: a status or priority label, a name */
      theirsLabel: string | null;
      /** @description the value you sent; null if you did not change the field (a precondition) */
      yours: string | null;
    };
    TicketPage: {
      items: components['schemas']['TicketResponse'][];
      /** @description pass back as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    TicketRef: {
      /** Format: uuid */
      id: string;
      /** Format: int64 */
      number: number;
      title: string;
    };
    TicketResponse: {
      allowedStatuses: string[];
      assignee: components['schemas']['PersonRef'] | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: components['schemas']['PersonRef'];
      description: string;
      /** @description the description's Markdown as sanitised HTML, rendered exactly like comments; on single-ticket answers only (null in lists) */
      descriptionHtml: string | null;
      /** @description false while closed: title, description, priority, assignee and queue are read-only until the ticket is reopened (a change answers 422 `ticket-closed`) */
      editable: boolean;
      /** Format: date-time */
      firstRespondedAt: string | null;
      /** Format: uuid */
      id: string;
      /** Format: int64 */
      number: number;
      priority: string;
      queue: components['schemas']['QueueRef'];
      /** Format: date-time */
      resolvedAt: string | null;
      sla: components['schemas']['TicketSla'] | null;
      status: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: int64 */
      version: number;
    };
    TicketSla: {
      firstResponse: components['schemas']['Clock'];
      policy: components['schemas']['PolicyRef'];
      resolution: components['schemas']['Clock'];
    };
    TicketSummary: {
      /** Format: uuid */
      id: string;
      /** Format: int64 */
      number: number;
      title: string;
    };
    TokenResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      name: string;
    };
    UnreadCountResponse: {
      /** Format: int64 */
      count: number;
    };
    ViewerResponse: {
      composing: boolean;
      /** Format: uuid */
      id: string;
      name: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  verifyActivity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityVerificationResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listEmailOutbox: {
    parameters: {
      query?: {
        limit?: number;
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailOutboxResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  discardOutboxEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxEmail'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryOutboxEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxEmail'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadAttachment: {
    parameters: {
      query?: {
        inline?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes, with the sniffed Content-Type and a Content-Disposition naming the file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAttachmentLimits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentLimitsResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAudit: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `limit` or `cursor` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCsrfToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsrfResponse'];
        };
      };
    };
  };
  confirmEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmailConfirmationRequest'];
      };
    };
    responses: {
      /** @description Proven; for a change, the old address was told. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailConfirmedResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description CSRF token missing (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, used or expired link (`email-link-invalid`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The new address belongs to another account meanwhile (`email-taken`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No `token` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong e-mail or password (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many sign-in attempts for this e-mail address or from this client: wait `retryAfterSeconds` (`too-many-sign-in-attempts`). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequest'];
      };
    };
    responses: {
      /** @description Accepted; if the address has an account (and is not over its limit), an e-mail with a link `<base-url>/reset-password#token=…` is queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetRequestedResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description CSRF token missing (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No `email` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client: wait `retryAfterSeconds` (`too-many-password-resets`). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetConfirmRequest'];
      };
    };
    responses: {
      /** @description Password set; sign in with it. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description CSRF token missing (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link is unknown, used or expired (`password-reset-link-invalid`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `newPassword` breaks the password rules (`invalid-input`); the link stays usable. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAutomationRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AutomationRuleListResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AutomationRuleRequest'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AutomationRuleResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AutomationRuleResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AutomationRuleRequest'];
      };
    };
    responses: {
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rule changed since `version` (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  dryRunAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AutomationDryRunRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AutomationDryRunResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reorderAutomationRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AutomationOrderRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AutomationRuleListResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InviteRequest'];
      };
    };
    responses: {
      /** @description Invited; the link is in `acceptUrl`, valid for 7 days. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationCreatedResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already an active member (`already-member`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `email` or `role` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No open invitation with this id here (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptInvitationLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationRequest'];
      };
    };
    responses: {
      /** @description Joined and signed in; acting in the new organisation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The address has an account: sign in as it first (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in as somebody else (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, used, revoked or expired link (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A new person's `name` or `password` is missing or bad (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  previewInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationTokenRequest'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPreviewResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, used, revoked or expired link (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openLiveStream: {
    parameters: {
      query?: never;
      header?: {
        /** @description The id of the last event received (browsers send it when they reconnect). */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless `text/event-stream`: `ticket.created`, `ticket.changed`, `counts.changed`, `comment.added`, `notification.created`, `presence`, `resync`; comment lines as heartbeats. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportPresence: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PresenceRequest'];
      };
    };
    responses: {
      /** @description The ticket's viewers now (you included, unless leaving). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PresenceResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such ticket in the acting organisation (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMeRequest'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `name`, `timeZone` or `colour` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  chooseOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChooseOrganisationRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeEmailRequest'];
      };
    };
    responses: {
      /** @description Accepted; the same answer whether or not the new address belongs to another account (then nothing is sent). `GET /api/me` shows `pendingEmail` while the link is open. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailRequestedResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Called with an API token (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `email`, or a wrong `currentPassword` (`invalid-input`); nothing changes. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resendEmailVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; nothing is sent when the address is proven already or 3 links went out within the hour. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailRequestedResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The e-mail address is not proven yet (`email-unverified`); the e-mailed link still works. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No invitation to this organisation (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The invitation expired with its e-mailed link (`invitation-expired`); an admin can invite again. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreferencesRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequest'];
      };
    };
    responses: {
      /** @description Changed; this session stays signed in. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong `currentPassword`, or a `newPassword` of the wrong length (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endOtherSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ended; this session stays signed in. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ended; that browser's next request answers `session-ended`. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such session of one's own (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listApiTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createApiToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTokenRequest'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedToken'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeApiToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addMember: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberRequest'];
      };
    };
    responses: {
      /** @description Invited. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already a member or invited, the invitation not expired (`already-member`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `email`, `name`, `role` or `password` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The organisation added too many people within an hour (`too-many-requests`). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMemberRequest'];
      };
    };
    responses: {
      /** @description Changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDetailResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a member of this organisation (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The organisation would lose its last active admin (`last-admin`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `role` or `status` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawMemberInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nobody invited (`invited` or `expired`) with this id here (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMemberDirectory: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        /** @description a fragment of the name or e-mail address */
        q?: string;
        status?: 'active' | 'invited' | 'expired' | 'deactivated';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPageResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `status`, `limit` or `cursor` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMentions: {
    parameters: {
      query?: {
        limit?: number;
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListResponseMentionResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markMentionRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked as read. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markNotificationRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Read (also when it already was). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markAllNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReadAllRequest'];
      };
    };
    responses: {
      /** @description How many were marked read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadAllResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `upToId` is not one of the person's notifications (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countUnreadNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeOrganisationRequest'];
      };
    };
    responses: {
      /** @description Changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad `name` or an unknown `timeZone` (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listQueues: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateQueueRequest'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A queue with this name exists (`queue-name-taken`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeQueue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeQueueRequest'];
      };
    };
    responses: {
      /** @description Changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such queue here (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A queue with this name exists (`queue-name-taken`); archiving a queue with active tickets without `moveActiveTicketsTo` (`queue-not-empty`, with `activeCount`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad field (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listQueueMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueMemberResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such queue here (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeQueueMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QueueMembersRequest'];
      };
    };
    responses: {
      /** @description Set; the member list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueMemberResponse'][];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such queue here (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `userIds` names someone who is not an active member of the organisation (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reorderQueues: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QueueOrderRequest'];
      };
    };
    responses: {
      /** @description Reordered; the queue list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueResponse'][];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `queueIds` does not list every queue of the organisation exactly once (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignUpRequest'];
      };
    };
    responses: {
      /** @description Accepted. For a new address the organisation and the account exist now (sign in with `POST /api/auth/login`; the address stays unverified until the e-mailed link is used); for an address that has an account nothing is made and its owner is told by e-mail. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignUpAcceptedResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A bad field (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many sign-ups from this client: wait `retryAfterSeconds` (`too-many-requests`). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSlaCalendars: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createSlaCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarRequest'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSlaCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeSlaCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteSlaCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A policy uses it (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  previewSlaDueTimes: {
    parameters: {
      query?: {
        /** @description business-minute targets, 1…525600 each, at most 16 */
        minutes?: number[];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The due instants, in the order of `minutes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaDuePreviewResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such calendar here (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `minutes` missing, more than 16 values, or one outside 1…525600 (`invalid-input`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSlaPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyResponse'][];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createSlaPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyRequest'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSlaPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeSlaPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteSlaPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Tickets' clocks run on it (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reorderSlaPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrderRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyResponse'][];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSlaRecompute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecomputeResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicketByNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTickets: {
    parameters: {
      query?: {
        /** @description a member's user id, or `none` for tickets without an assignee */
        assigneeId?: string;
        cursor?: string;
        limit?: number;
        priority?: string;
        q?: string;
        queueId?: string;
        sla?: string;
        /** @description `updated`, `created`, `number`, `priority`, `status`, `title` or `due` (nearest due first, no running clock last); a leading `-` sorts descending. Without it, the view's default (`x-default-by-view`): `-updated` for my, unassigned, active, open, in_progress, pending, resolved, closed, all; `due` for at_risk, breached. */
        sort?: string;
        /** @description one or more statuses, comma-separated (`open,pending`): tickets in any of them */
        status?: string;
        view?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketPage'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTicketRequest'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PatchTicketRequest'];
      };
    };
    responses: {
      /** @description Changed (or unchanged, when nothing differed). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket changed since `version` (`stale-ticket`), or a field changed since the `expected` value (`field-conflict`, with `conflicts`); nothing was saved, `ticket` is the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json':
            components['schemas']['StaleTicketProblem'] | components['schemas']['FieldConflictProblem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field is not acceptable (`invalid-input`), the lifecycle does not allow the status change (`illegal-transition`, with `allowed`), or the ticket is closed and the request changes a field without reopening it (`ticket-closed`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json':
            components['schemas']['Problem'] | components['schemas']['IllegalTransitionProblem'];
        };
      };
    };
  };
  listTicketActivity: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityList'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  explainTicketSla: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaExplanationResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAttachments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentList'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadAttachment: {
    parameters: {
      query?: {
        commentId?: string;
      };
      header?: never;
      path: {
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is too large (`payload-too-large`, `maxFileSize`) or the comment has all the files it may carry (`too-many-attachments`, `maxFilesPerComment`); nothing was stored. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListResponseCommentResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostCommentRequest'];
      };
    };
    responses: {
      /** @description Posted. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        commentId: string;
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  editComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        commentId: string;
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EditCommentRequest'];
      };
    };
    responses: {
      /** @description Edited. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentResponse'];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The comment is redacted (`comment-redacted`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  redactComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        commentId: string;
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Redacted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The comment is redacted already (`comment-redacted`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCommentRevisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        commentId: string;
        ticketId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListResponseRevisionResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource in the acting organisation, or a malformed id (`not-found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeTickets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkItemRequest'][];
      };
    };
    responses: {
      /** @description All changed, in the order of the request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketResponse'][];
        };
      };
      /** @description The body is not JSON (`malformed-json`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clashed with a simultaneous change; try again (`conflict`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than allowed (`payload-too-large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not a list of changes or an item cannot be parsed (`invalid-input`, with `items`), or an item failed (`bulk-rejected`, with `items`); nothing changed. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] | components['schemas']['BulkRejectedProblem'];
        };
      };
    };
  };
  countTickets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountsResponse'];
        };
      };
      /** @description Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}

/** Each view's order when a list asks for none (GET /api/tickets, `sort`'s `x-default-by-view`). */
export const listTicketsDefaultSortByView = {
  active: '-updated',
  all: '-updated',
  at_risk: 'due',
  breached: 'due',
  closed: '-updated',
  in_progress: '-updated',
  my: '-updated',
  open: '-updated',
  pending: '-updated',
  resolved: '-updated',
  unassigned: '-updated',
} as const;
