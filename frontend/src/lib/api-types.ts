/**
 * Generated from docs/openapi.json by `npm run gen:api` (openapi-typescript). Do not edit: change the
 * server's contract, regenerate, and adapt the friendly names in api-schema.ts.
 */

export interface paths {
  '/api/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['download'];
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
    get: operations['csrf'];
    put?: never;
    post?: never;
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
    post: operations['login'];
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
    get: operations['me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
    put: operations['chooseOrganisation'];
    post?: never;
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
    post: operations['acceptInvitation'];
    delete?: never;
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
    get: operations['tokens'];
    put?: never;
    post: operations['issueToken'];
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
    delete: operations['revokeToken'];
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
    get: operations['members'];
    put?: never;
    post: operations['add'];
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
    patch: operations['changeRole'];
    trace?: never;
  };
  '/api/mentions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['list_4'];
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
    post: operations['read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['list_3'];
    put?: never;
    post: operations['create_1'];
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
    patch: operations['change_1'];
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
    post: operations['signUp'];
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
    get: operations['list'];
    put?: never;
    post: operations['create'];
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
    get: operations['get_1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['change'];
    trace?: never;
  };
  '/api/tickets/{id}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['activity'];
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
    get: operations['list_2'];
    put?: never;
    post: operations['upload'];
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
    get: operations['list_1'];
    put?: never;
    post: operations['post'];
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
    get: operations['get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['edit'];
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
    post: operations['redact'];
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
    get: operations['revisions'];
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
    patch: operations['changeAll'];
    trace?: never;
  };
  '/api/tickets/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/number/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getByNumber'];
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
    ActivityList: {
      items?: components['schemas']['ActivityResponse'][];
    };
    ActivityResponse: {
      action?: string;
      actor?: components['schemas']['ActorRef'];
      /** Format: date-time */
      at?: string;
      field?: string;
      /** Format: uuid */
      id?: string;
      newLabel?: string;
      newValue?: string;
      oldLabel?: string;
      oldValue?: string;
    };
    ActorRef: {
      /** Format: uuid */
      id?: string;
      name?: string;
    };
    AddMemberRequest: {
      /** Format: email */
      email: string;
      name?: string;
      password?: string;
      role: string;
    };
    AttachmentResponse: {
      /** Format: uuid */
      commentId?: string;
      contentType?: string;
      /** Format: date-time */
      createdAt?: string;
      filename?: string;
      /** Format: uuid */
      id?: string;
      previewable?: boolean;
      sha256?: string;
      /** Format: int64 */
      size?: number;
      /** Format: uuid */
      ticketId?: string;
      uploadedBy?: components['schemas']['Person'];
    };
    BulkItemRequest: {
      /** Format: uuid */
      assigneeId?: string;
      description?: string;
      /** Format: uuid */
      id?: string;
      priority?: string;
      /** Format: uuid */
      queueId?: string;
      status?: string;
      title?: string;
      /** Format: int64 */
      version?: number;
    };
    ChangeQueueRequest: {
      archived?: boolean;
      isDefault?: boolean;
      name?: string;
    };
    ChangeRoleRequest: {
      role: string;
    };
    ChooseOrganisationRequest: {
      /** Format: uuid */
      organisationId: string;
    };
    CommentResponse: {
      author?: components['schemas']['Person'];
      body?: string;
      /** Format: date-time */
      createdAt?: string;
      edited?: boolean;
      /** Format: date-time */
      editedAt?: string;
      html?: string;
      /** Format: uuid */
      id?: string;
      mentions?: components['schemas']['Person'][];
      redacted?: boolean;
      /** Format: date-time */
      redactedAt?: string;
      redactedBy?: components['schemas']['Person'];
      /** Format: uuid */
      ticketId?: string;
      visibility?: string;
    };
    CountsResponse: {
      queues?: components['schemas']['QueueCount'][];
      views?: {
        [key: string]: number;
      };
    };
    CreateQueueRequest: {
      name: string;
    };
    CreateTicketRequest: {
      /** Format: uuid */
      assigneeId?: string;
      description?: string;
      priority?: string;
      /** Format: uuid */
      queueId?: string;
      title?: string;
    };
    CreateTokenRequest: {
      name: string;
    };
    CsrfToken: {
      headerName?: string;
      parameterName?: string;
      token?: string;
    };
    CurrentOrganisation: {
      /** Format: uuid */
      id?: string;
      name?: string;
      role?: string;
    };
    EditCommentRequest: {
      body?: string;
    };
    IssuedToken: {
      /** Format: date-time */
      createdAt?: string;
      /** Format: uuid */
      id?: string;
      name?: string;
      token?: string;
    };
    ListResponse: {
      items?: components['schemas']['TicketResponse'][];
      nextCursor?: string;
    };
    ListResponseCommentResponse: {
      items?: components['schemas']['CommentResponse'][];
    };
    ListResponseMentionResponse: {
      items?: components['schemas']['MentionResponse'][];
    };
    ListResponseRevisionResponse: {
      items?: components['schemas']['RevisionResponse'][];
    };
    LoginRequest: {
      email: string;
      password: string;
    };
    MemberResponse: {
      email?: string;
      /** Format: uuid */
      id?: string;
      name?: string;
      role?: string;
    };
    MembershipResponse: {
      /** Format: uuid */
      organisationId?: string;
      organisationName?: string;
      role?: string;
    };
    MentionResponse: {
      /** Format: date-time */
      at?: string;
      author?: components['schemas']['Person'];
      /** Format: uuid */
      commentId?: string;
      /** Format: uuid */
      id?: string;
      /** Format: date-time */
      readAt?: string;
      ticket?: components['schemas']['TicketSummary'];
      visibility?: string;
    };
    MeResponse: {
      currentOrganisation?: components['schemas']['CurrentOrganisation'];
      invitations?: components['schemas']['MembershipResponse'][];
      memberships?: components['schemas']['MembershipResponse'][];
      user?: components['schemas']['Person'];
    };
    PatchTicketRequest: {
      /** Format: uuid */
      assigneeId?: string;
      description?: string;
      priority?: string;
      /** Format: uuid */
      queueId?: string;
      status?: string;
      title?: string;
      /** Format: int64 */
      version?: number;
    };
    Person: {
      email?: string;
      /** Format: uuid */
      id?: string;
      name?: string;
    };
    PersonRef: {
      email?: string;
      /** Format: uuid */
      id?: string;
      name?: string;
    };
    PostCommentRequest: {
      body?: string;
      visibility?: string;
    };
    QueueCount: {
      /** Format: int64 */
      count?: number;
      /** Format: uuid */
      id?: string;
      name?: string;
    };
    QueueRef: {
      /** Format: uuid */
      id?: string;
      name?: string;
    };
    QueueResponse: {
      /** Format: int64 */
      activeCount?: number;
      archived?: boolean;
      /** Format: uuid */
      id?: string;
      isDefault?: boolean;
      name?: string;
    };
    RevisionResponse: {
      body?: string;
      /** Format: date-time */
      replacedAt?: string;
      /** Format: date-time */
      writtenAt?: string;
    };
    SignUpRequest: {
      /** Format: email */
      email: string;
      name: string;
      organisationName: string;
      password: string;
    };
    TicketResponse: {
      allowedStatuses?: string[];
      assignee?: components['schemas']['PersonRef'];
      /** Format: date-time */
      closedAt?: string;
      /** Format: date-time */
      createdAt?: string;
      createdBy?: components['schemas']['PersonRef'];
      description?: string;
      /** Format: date-time */
      firstRespondedAt?: string;
      /** Format: uuid */
      id?: string;
      /** Format: int64 */
      number?: number;
      priority?: string;
      queue?: components['schemas']['QueueRef'];
      /** Format: date-time */
      resolvedAt?: string;
      status?: string;
      title?: string;
      /** Format: date-time */
      updatedAt?: string;
      /** Format: int64 */
      version?: number;
    };
    TicketSummary: {
      /** Format: uuid */
      id?: string;
      /** Format: int64 */
      number?: number;
      title?: string;
    };
    TokenResponse: {
      /** Format: date-time */
      createdAt?: string;
      /** Format: uuid */
      id?: string;
      /** Format: date-time */
      lastUsedAt?: string;
      name?: string;
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
  download: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
    };
  };
  csrf: {
    parameters: {
      query: {
        token: components['schemas']['CsrfToken'];
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
          '*/*': {
            [key: string]: string;
          };
        };
      };
    };
  };
  login: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['MeResponse'];
        };
      };
    };
  };
  me: {
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
          '*/*': components['schemas']['MeResponse'];
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
          '*/*': components['schemas']['MeResponse'];
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['MeResponse'];
        };
      };
    };
  };
  tokens: {
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
          '*/*': components['schemas']['TokenResponse'][];
        };
      };
    };
  };
  issueToken: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['IssuedToken'];
        };
      };
    };
  };
  revokeToken: {
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
    };
  };
  members: {
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
          '*/*': components['schemas']['MemberResponse'][];
        };
      };
    };
  };
  add: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['MemberResponse'];
        };
      };
    };
  };
  changeRole: {
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
        'application/json': components['schemas']['ChangeRoleRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['MemberResponse'];
        };
      };
    };
  };
  list_4: {
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
          '*/*': components['schemas']['ListResponseMentionResponse'];
        };
      };
    };
  };
  read: {
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
        content?: never;
      };
    };
  };
  list_3: {
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
          '*/*': components['schemas']['QueueResponse'][];
        };
      };
    };
  };
  create_1: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['QueueResponse'];
        };
      };
    };
  };
  change_1: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['QueueResponse'];
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['MeResponse'];
        };
      };
    };
  };
  list: {
    parameters: {
      query?: {
        assigneeId?: string;
        cursor?: string;
        limit?: number;
        priority?: string;
        q?: string;
        queueId?: string;
        sort?: string;
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
          '*/*': components['schemas']['ListResponse'];
        };
      };
    };
  };
  create: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['TicketResponse'];
        };
      };
    };
  };
  get_1: {
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
          '*/*': components['schemas']['TicketResponse'];
        };
      };
    };
  };
  change: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['TicketResponse'];
        };
      };
    };
  };
  activity: {
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
          '*/*': components['schemas']['ActivityList'];
        };
      };
    };
  };
  list_2: {
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
          '*/*': components['schemas']['ListResponse'];
        };
      };
    };
  };
  upload: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['AttachmentResponse'];
        };
      };
    };
  };
  list_1: {
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
          '*/*': components['schemas']['ListResponseCommentResponse'];
        };
      };
    };
  };
  post: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['CommentResponse'];
        };
      };
    };
  };
  get: {
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
          '*/*': components['schemas']['CommentResponse'];
        };
      };
    };
  };
  edit: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['CommentResponse'];
        };
      };
    };
  };
  redact: {
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
          '*/*': components['schemas']['CommentResponse'];
        };
      };
    };
  };
  revisions: {
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
          '*/*': components['schemas']['ListResponseRevisionResponse'];
        };
      };
    };
  };
  changeAll: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['TicketResponse'][];
        };
      };
    };
  };
  counts: {
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
          '*/*': components['schemas']['CountsResponse'];
        };
      };
    };
  };
  getByNumber: {
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
          '*/*': components['schemas']['TicketResponse'];
        };
      };
    };
  };
}
