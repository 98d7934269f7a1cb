import { ApiProblem, isRecord } from './api-problem';

/**
 * The one API client: the only caller of `fetch` (and of `XMLHttpRequest`, for upload progress) in
 * the app. Sends the session cookie (same-origin), adds the CSRF header on mutating requests, and
 * throws `ApiProblem` for every non-2xx answer (and for network failures, with status 0). Shows no UI.
 */

type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.trim().split('=');
    if (rawKey === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const url = new URL(path, window.location.origin);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) {
        if (value.length > 0) url.searchParams.set(key, value.join(','));
      } else {
        url.searchParams.set(key, String(value));
      }
    }
  }
  return url.toString();
}

/** The token to send: the cookie's current value, or a fresh one from `GET /api/auth/csrf`. */
async function csrfToken(signal?: AbortSignal): Promise<string | undefined> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  const answer = await send<unknown>('GET', '/api/auth/csrf', { signal });
  // The call sets the cookie; the body carries the same token for environments without cookies.
  return readCookie(CSRF_COOKIE) ?? (isRecord(answer) && typeof answer.token === 'string' ? answer.token : undefined);
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const networkProblem = () =>
  new ApiProblem({
    status: 0,
    type: 'about:blank',
    title: 'Network error',
    detail: 'The server could not be reached. Check your connection and try again.',
  });

async function send<T>(method: string, path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (MUTATING.has(method)) {
    const token = await csrfToken(options.signal);
    if (token) headers[CSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkProblem();
  }

  if (response.status === 204) return undefined as T;
  const body = parseJson(await response.text());
  if (!response.ok) {
    const problem = ApiProblem.parse(response.status, body, response.statusText);
    // CSRF tokens are bound to the session: one of a session that ended (or a cookie planted by another
    // site) is refused, and the refusal sets a fresh cookie. Try once more with it.
    if (!retried && MUTATING.has(method) && response.status === 403 && problem.type.endsWith('/csrf')) {
      return send<T>(method, path, options, true);
    }
    throw problem;
  }
  return body as T;
}

/** Bytes sent so far of an upload, and the total when the browser knows it. */
export interface UploadProgress {
  loaded: number;
  total: number | undefined;
}

export type OnUploadProgress = (progress: UploadProgress) => void;

/**
 * POSTs `multipart/form-data` with XMLHttpRequest, because `fetch` reports no upload progress.
 * Same contract as the other calls: session cookie, CSRF header, `ApiProblem` for every failure.
 */
async function upload<T>(
  path: string,
  formData: FormData,
  onProgress?: OnUploadProgress,
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  const { signal } = options;
  const token = await csrfToken(signal);
  signal?.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    // The browser sets the multipart Content-Type with its boundary.
    if (onProgress) {
      xhr.upload.addEventListener('progress', (event) => {
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : undefined });
      });
    }
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    xhr.addEventListener('load', () => {
      done();
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(ApiProblem.parse(xhr.status, body, xhr.statusText));
    });
    xhr.addEventListener('error', () => {
      done();
      reject(networkProblem());
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(new DOMException('The upload was aborted.', 'AbortError'));
    });
    xhr.send(formData);
  });
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => send<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => send<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => send<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => send<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => send<T>('DELETE', path, options),
  /** Multipart POST with upload progress (see `upload`). */
  upload: <T>(path: string, formData: FormData, onProgress?: OnUploadProgress, options?: { signal?: AbortSignal }) =>
    upload<T>(path, formData, onProgress, options),
};
