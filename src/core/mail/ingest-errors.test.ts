import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { isTransientIngestError } from './ingest-errors.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isTransientIngestError (issue 12 item 1, issue 13 item 2)', () => {
  it('a rule refusal is deterministic, even wrapped by the query layer', () => {
    const refusal = new DomainError('INVALID_SEVERITY', 'Severity "x" is not offered by this plan.');
    expect(isTransientIngestError(refusal)).toBe(false);
    expect(isTransientIngestError(new Error('Failed query', { cause: refusal }))).toBe(false);
  });

  it('bugs and bad data are deterministic', () => {
    expect(isTransientIngestError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isTransientIngestError(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isTransientIngestError(withCode('22P05', 'unsupported Unicode escape sequence'))).toBe(false);
    expect(isTransientIngestError(null)).toBe(false);
    expect(isTransientIngestError('boom')).toBe(false);
  });

  it.each(['40001', '40P01', '55P03', '57014', '57P01', '57P03', '08006', '08001', '53300'])('SQLSTATE %s may pass on a retry', (code) => {
    expect(isTransientIngestError(new Error('Failed query', { cause: withCode(code) }))).toBe(true);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOSPC'])('our own I/O failing (%s) may pass on a retry', (code) => {
    expect(isTransientIngestError(withCode(code))).toBe(true);
  });

  it('a lost database connection reported in words, and errors that say they are transient', () => {
    expect(isTransientIngestError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientIngestError(Object.assign(new Error('mail parser stopped'), { transient: true }))).toBe(true);
  });
});
