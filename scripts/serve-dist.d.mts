/** Serves `folder` on `port` (0: any free one) of `host`; resolves once listening; `delayMs` holds each answer back. */
export declare function serveFolder(folder: string, options?: { port?: number; host?: string; delayMs?: number }): Promise<{ url: string; close: () => Promise<void> }>;
