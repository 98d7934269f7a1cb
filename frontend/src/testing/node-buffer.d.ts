// The two Node classes the test setup puts back in place of jsdom's (see setup.ts). The app's
// TypeScript program has no Node types; these are the DOM-compatible shapes.
declare module 'node:buffer' {
  export const Blob: typeof globalThis.Blob;
  export const File: typeof globalThis.File;
}
