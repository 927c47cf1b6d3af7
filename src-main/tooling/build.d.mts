/** Bundles the main-process entry points into dist/main. */
export function buildMain(): Promise<void>;

/** Builds the renderer into dist/renderer. */
export function buildRenderer(): Promise<void>;
