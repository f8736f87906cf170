// SQLite's failures as one line a user can act on; anything else passes through unchanged.
import { dirname } from 'path';
import { CadreError, isCadreError } from '../../model/errors';

export function storeError(e: unknown, file: string): unknown {
  if (isCadreError(e)) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new CadreError('STORE_LOCKED', `the data folder ${dirname(file)} is being written by another cadregraph process (waited for it; try again when it is done, or use --data to pick another folder)`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new CadreError('STORE_UNAVAILABLE', `the graph file ${file} is damaged (${firstLine(e)}): restore it from a copy, or ingest the articles again into a new data folder`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new CadreError('STORE_UNAVAILABLE', `the graph file ${file} cannot be written (read-only file, folder or disk: ${firstLine(e)}): nothing of this write was stored; make it writable, or use --data to pick another folder`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new CadreError('STORE_UNAVAILABLE', `the graph file ${file} cannot be read or written (${code}: ${firstLine(e)}): check that its folder ${dirname(file)} still exists and is on a working disk`);
  }
  if (code.startsWith('SQLITE_FULL')) {
    return new CadreError('STORE_UNAVAILABLE', `the disk holding ${file} is full: nothing of this write was stored; free some space and run the command again`);
  }
  return e;
}

const firstLine = (e: unknown) => String((e as Error).message ?? e).split('\n')[0];
