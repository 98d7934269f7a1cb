import { setupServer } from 'msw/node';

/** The network edge for tests: each test installs the handlers it needs (see fake-api.ts). */
export const server = setupServer();
