/** Bundles the main-process entry points into dist/main. */
export function buildMain(): Promise<void>;

/**
 * Builds the renderer into dist/renderer (or `outDir`), always with React's production build,
 * whatever NODE_ENV the caller runs under.
 */
export function buildRenderer(options?: { outDir?: string }): Promise<void>;
