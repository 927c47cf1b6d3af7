import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../../src-main/backups/backup-names';

describe('backup file names', () => {
  it('read back the file, the reason, the time and the file key they were written with', () => {
    const name = backupFileName({
      base: 'atelier--lumiere',
      reason: 'avant-import',
      schemaVersion: null,
      takenAt: new Date('2026-12-03T09:14:05.123Z'),
      fileKey: '0a1b2c3d',
    });

    expect(name).toBe('atelier--lumiere--avant-import--2026-12-03T09-14-05-123Z--0a1b2c3d.sqlite');
    expect(parseBackupFileName(name)).toEqual({
      base: 'atelier--lumiere',
      reason: 'avant-import',
      schemaVersion: null,
      takenAt: '2026-12-03T09:14:05.123Z',
      fileKey: '0a1b2c3d',
    });
  });

  it('carry the schema version of a copy taken before a migration', () => {
    const name = backupFileName({
      base: 'ancien',
      reason: 'avant-migration',
      schemaVersion: 2,
      takenAt: new Date('2026-12-03T09:14:05.123Z'),
      fileKey: null,
    });

    expect(name).toBe('ancien--avant-migration-v2--2026-12-03T09-14-05-123Z--sans-id.sqlite');
    expect(parseBackupFileName(name)).toMatchObject({
      reason: 'avant-migration',
      schemaVersion: 2,
    });
  });

  it('still read the names of copies taken before file keys existed', () => {
    expect(
      parseBackupFileName('ancien--avant-migration-v1--2026-11-02T08-00-00-000Z.sqlite'),
    ).toEqual({
      base: 'ancien',
      reason: 'avant-migration',
      schemaVersion: 1,
      takenAt: '2026-11-02T08:00:00.000Z',
      fileKey: null,
    });
  });

  it('ignore every other file of the folder, half-written copies included', () => {
    const partial = 'dossier--manuelle--2026-12-03T09-14-05-123Z--0a1b2c3d.sqlite.partial';

    expect(parseBackupFileName(partial)).toBeNull();
    expect(parseBackupFileName('notes.sqlite')).toBeNull();
    expect(parseBackupFileName('dossier--vacances--2026-12-03T09-14-05-123Z.sqlite')).toBeNull();
  });
});
