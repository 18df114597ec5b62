/** Serves `folder` on `port` (0: any free one) of `host`; resolves once listening. */
export declare function serveFolder(folder: string, options?: { port?: number; host?: string }): Promise<{ url: string; close: () => Promise<void> }>;
