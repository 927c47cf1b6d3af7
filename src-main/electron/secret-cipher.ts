import { safeStorage } from 'electron';
import type { SecretCipher } from '../secrets/secret-store';

/**
 * The system keychain through Electron's safeStorage (Keychain on macOS,
 * DPAPI on Windows, the Secret Service or KWallet on Linux), or null when
 * there is none. Call once the app is ready.
 */
export async function systemSecretCipher(): Promise<SecretCipher | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  // Without a keyring, Linux falls back to a key written in Electron itself: that protects
  // nothing more than the file's permissions, and the screen must not say « chiffré ».
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return null;
  }
  return {
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    decrypt: async (data) => (await safeStorage.decryptStringAsync(data)).result,
  };
}
