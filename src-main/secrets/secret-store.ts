import fs from 'node:fs';
import path from 'node:path';
import type { PasswordStorage } from '../../src-shared/relance/smtp-settings';
import { createLogger } from '../logging/logger';

const log = createLogger('secrets');

/**
 * Encrypts secrets with the system's keychain. The Electron shell provides
 * one (safeStorage); under plain Node (bridge, command line, tests) there is
 * none, and the secrets file is only protected by its permissions.
 */
export interface SecretCipher {
  encrypt(text: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<string>;
}

/** How this machine keeps a secret: encrypted by the system, or in a file only its user reads. */
export type SecretProtection = PasswordStorage;

interface StoredSecret {
  protection: SecretProtection;
  /** Base64 of the encrypted bytes, or the text itself in a file readable by its owner only. */
  value: string;
}

interface SecretsFile {
  version: 1;
  /** By company file id (`settings.file_id`), then by secret name. */
  files: Record<string, Record<string, StoredSecret>>;
}

/** The name of the secrets file in the user data folder. */
export const SECRETS_FILE_NAME = 'secrets.json';

/**
 * The secrets of this machine (the SMTP password), kept in the user data
 * folder rather than in the company file, which travels: backups, the
 * accountant's pack, a copy on a USB stick. Each company file has its own
 * entries, found by the id stored in it; a file opened on another machine
 * finds none there, and the password is asked again.
 */
export class SecretStore {
  constructor(
    private readonly filePath: string,
    private readonly cipher: SecretCipher | null,
  ) {}

  /** The store of a user data folder, with the cipher of the shell when it has one. */
  static inDirectory(dataDirectory: string, cipher: SecretCipher | null): SecretStore {
    return new SecretStore(path.join(dataDirectory, SECRETS_FILE_NAME), cipher);
  }

  /** How a secret saved now is protected. */
  get protection(): SecretProtection {
    return this.cipher ? 'chiffre' : 'fichier_protege';
  }

  /** A secret of a company file, or null when none is saved here or it cannot be read. */
  async read(fileId: string, name: string): Promise<string | null> {
    const stored = this.load().files[fileId]?.[name];
    if (!stored) return null;
    if (stored.protection === 'fichier_protege') return stored.value;
    if (!this.cipher) {
      // Encrypted by the desktop app: the command line and the bridge cannot open it.
      log.warn('secret encrypted by the system, no cipher here', { name });
      return null;
    }
    try {
      return await this.cipher.decrypt(Buffer.from(stored.value, 'base64'));
    } catch (error) {
      log.warn('secret not decrypted', {
        name,
        reason: error instanceof Error ? error.name : 'unknown',
      });
      return null;
    }
  }

  /** True when a secret of the company file is saved on this machine. */
  has(fileId: string, name: string): boolean {
    return this.load().files[fileId]?.[name] !== undefined;
  }

  /** Saves (or, with null, forgets) a secret of a company file. */
  async write(fileId: string, name: string, value: string | null): Promise<void> {
    const content = this.load();
    const entries = { ...content.files[fileId] };
    if (value === null) delete entries[name];
    else {
      entries[name] = this.cipher
        ? { protection: 'chiffre', value: (await this.cipher.encrypt(value)).toString('base64') }
        : { protection: 'fichier_protege', value };
    }
    if (Object.keys(entries).length === 0) delete content.files[fileId];
    else content.files[fileId] = entries;
    this.save(content);
    log.info('secret saved', { name, removed: value === null, protection: this.protection });
  }

  private load(): SecretsFile {
    let text: string;
    try {
      text = fs.readFileSync(this.filePath, 'utf8');
    } catch {
      return { version: 1, files: {} };
    }
    try {
      const parsed = JSON.parse(text) as Partial<SecretsFile>;
      return { version: 1, files: parsed.files ?? {} };
    } catch {
      log.warn('secrets file unreadable, starting afresh');
      return { version: 1, files: {} };
    }
  }

  // Written through a temporary neighbour created with mode 0600 and renamed over the file, so
  // the secrets are never readable by another account, not even halfway through a write.
  // Windows ignores the mode; the user data folder is private to the account there.
  private save(content: SecretsFile): void {
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.partiel`;
    fs.rmSync(temporary, { force: true });
    fs.writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, this.filePath);
  }
}
