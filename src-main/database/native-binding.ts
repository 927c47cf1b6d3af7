/**
 * better-sqlite3 options that point at a native build other than the one in
 * node_modules. Under Electron the launcher builds a copy for Electron's ABI
 * beside the Node one, so tests (Node) and the app (Electron) both work after
 * a single `npm install`. Empty means "the default build".
 */
export interface NativeBinding {
  nativeBinding?: string;
}

let current: NativeBinding = {};

/** Chooses the native build every connection of this process will use. */
export function useNativeBinding(binding: NativeBinding): void {
  current = binding;
}

/** The native build chosen for this process. */
export function nativeBinding(): NativeBinding {
  return current;
}
