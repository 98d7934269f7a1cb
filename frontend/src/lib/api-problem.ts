/** One field error of an RFC 9457 problem, as the server sends it in `errors[]`. */
export interface FieldError {
  field: string;
  message: string;
}

const KNOWN_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/**
 * Every failed API call throws this: the parsed `application/problem+json` body (or a synthesised
 * problem for network failures and non-problem answers). Extension members such as `ticket`,
 * `items`, `allowed` or `errorId` are kept in `properties` and exposed through typed getters.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: FieldError[];
  readonly properties: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    instance?: string;
    errors?: FieldError[];
    properties?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? `HTTP ${init.status}`;
    this.detail = init.detail;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.properties = init.properties ?? {};
  }

  /** The current state of the resource, carried by 409 answers (e.g. a ticket). */
  get ticket(): unknown {
    return this.properties.ticket;
  }

  /** Per-item failures of a bulk request (422). */
  get items(): unknown {
    return this.properties.items;
  }

  /** Allowed values named by the server, e.g. the statuses a ticket may move to. */
  get allowed(): unknown {
    return this.properties.allowed;
  }

  get errorId(): string | undefined {
    const id = this.properties.errorId;
    return typeof id === 'string' ? id : undefined;
  }

  /** The first error message for a field, if the server named it. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  /** A sentence for a person: the detail, else the first field error, else the title. */
  get humanMessage(): string {
    return this.detail ?? this.errors[0]?.message ?? this.title;
  }

  static parse(status: number, body: unknown, statusText = ''): ApiProblem {
    if (!isRecord(body)) {
      return new ApiProblem({ status, title: statusText || `HTTP ${status}` });
    }
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(body)) {
      if (!KNOWN_MEMBERS.has(key)) properties[key] = value;
    }
    return new ApiProblem({
      status: typeof body.status === 'number' ? body.status : status,
      type: typeof body.type === 'string' ? body.type : undefined,
      title: typeof body.title === 'string' ? body.title : statusText || undefined,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      instance: typeof body.instance === 'string' ? body.instance : undefined,
      errors: parseFieldErrors(body.errors),
      properties,
    });
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

export function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({
    field: typeof e.field === 'string' ? e.field : '',
    message: typeof e.message === 'string' ? e.message : '',
  }));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
