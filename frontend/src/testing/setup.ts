import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './server';

// Generous waits: CI machines have two cores and may be busy (shared with other builds, a lazy route or
// a debounced search took over 5 s here). Only slowness is tolerated; what is awaited is unchanged.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
// react-textarea-autosize (Mantine's autosize Textarea) listens for font loading.
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: vi.fn(), removeEventListener: vi.fn(), ready: Promise.resolve() },
});
// jsdom's File, Blob and FormData reach MSW's XMLHttpRequest interceptor as "blob" with no content:
// use Node's own (the ones the interceptor's Request understands), so uploads carry name and bytes.
// (fetch's Response is Node's here, so its formData() hands us Node's FormData.)
const NodeFormData = (await new Response(new URLSearchParams('probe=1')).formData()).constructor as typeof FormData;
const JsdomFormData = globalThis.FormData;
// React reads a submitted form itself (`new FormData(form, submitter)`, when a submit handler starts a transition):
// Node's FormData refuses jsdom's form element, so take the form's fields through jsdom's and hand them over.
class TestFormData extends NodeFormData {
  constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
    super();
    if (form) {
      const fields = submitter ? new JsdomFormData(form, submitter) : new JsdomFormData(form);
      fields.forEach((value, name) => this.append(name, typeof value === 'string' ? value : value.name));
    }
  }
}
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile, FormData: TestFormData });

Element.prototype.scrollIntoView = function scrollIntoView() {};
window.HTMLElement.prototype.scrollTo = function scrollTo() {};
// the ticket list's window virtualiser keeps rows in place by scrolling the window (jsdom does not)
window.scrollTo = function scrollTo() {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  // Drafts live in localStorage: none may leak into the next test.
  window.localStorage.clear();
  vi.unstubAllGlobals();
  server.resetHandlers();
  notifications.clean();
  notifications.cleanQueue();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});
afterAll(() => server.close());
