import { describe, expect, it } from 'vitest';
import { colleaguePrefill, colleagueQuery } from './colleague';
import { clientAddress } from './form-post';
import { type RegisterOutcome, type RegistrationPorts, submitRegistration } from './submit-registration';

const origin = 'https://portal.example';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ token: 'A'.repeat(22), website: '', ...values })) data.append(name, value);
  return data;
}

const valid = {
  name: 'Test Person',
  email: 'Test@Example.org',
  organisationKind: 'municipality',
  municipality: 'Aarhus',
  organisation: '',
  role: 'SSP',
  phone: '',
  note: '',
};

/** Ports that record what reached them; the seat rules themselves are lib/registration's tests. */
function recordingPorts(outcome: RegisterOutcome = { kind: 'held', receipt: 'r-1' }, allowed = true) {
  const calls: string[] = [];
  const ports: RegistrationPorts = {
    async allow(key) {
      calls.push(`allow ${key}`);
      return allowed;
    },
    async register(input, key) {
      calls.push(`register ${input.email} ${key}`);
      return outcome;
    },
  };
  return { calls, ports };
}

const context = (ports: RegistrationPorts, headers: Record<string, string> = { origin, 'x-forwarded-for': '198.51.100.7' }) => ({
  headers: new Headers(headers),
  publicOrigin: origin,
  municipalities: ['Aarhus'],
  ports,
});

describe('submitRegistration', () => {
  it('registers a valid send with its token and answers with the receipt', async () => {
    const { calls, ports } = recordingPorts();
    expect(await submitRegistration(form(valid), context(ports))).toEqual({ kind: 'receipt', receipt: 'r-1' });
    expect(calls).toEqual(['allow ip:198.51.100.7', 'allow email:test@example.org', `register Test@Example.org ${'A'.repeat(22)}`]);
  });

  it('refuses before anything is counted: foreign origin, honeypot, malformed token', async () => {
    for (const [values, headers, refused] of [
      [valid, { origin: 'https://evil.example' }, 'cross-site'],
      [valid, {}, 'cross-site'],
      [{ ...valid, website: 'x' }, { origin }, 'spam'],
      [{ ...valid, token: 'short' }, { origin }, 'malformed'],
    ] as const) {
      const { calls, ports } = recordingPorts();
      const result = await submitRegistration(form(values), context(ports, headers));
      expect(result.kind === 'form' && result.state.refused).toBe(refused);
      expect(calls).toEqual([]);
    }
  });

  it('sends values back only from our own form', async () => {
    const { ports } = recordingPorts();
    const foreign = await submitRegistration(form(valid), context(ports, { origin: 'https://evil.example' }));
    expect(foreign.kind === 'form' && foreign.state.values.name).toBe('');
    const invalid = await submitRegistration(form({ ...valid, email: 'x' }), context(ports));
    expect(invalid.kind === 'form' && invalid.state).toMatchObject({
      values: { name: 'Test Person', email: 'x' },
      errors: { email: 'invalid' },
      token: 'A'.repeat(22),
    });
  });

  it('answers a rate limit, a full deadline and an address already on the run in words, not with a receipt', async () => {
    const limited = await submitRegistration(form(valid), context(recordingPorts(undefined, false).ports));
    expect(limited.kind === 'form' && limited.state.refused).toBe('rate-limited');
    const closed = await submitRegistration(form(valid), context(recordingPorts({ kind: 'closed', reason: 'deadline' }).ports));
    expect(closed.kind === 'form' && closed.state.refused).toBe('closed-deadline');
    const already = await submitRegistration(
      form(valid),
      context(recordingPorts({ kind: 'already-registered', receipt: 'someone-else' }).ports),
    );
    expect(already).toMatchObject({ kind: 'form', state: { refused: 'already-registered' } });
  });
});

describe('clientAddress', () => {
  it('trusts the last X-Forwarded-For entry (the one nginx added), not what the client sent first', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientAddress(new Headers({}))).toBe('unknown');
    // Without nginx: the socket's address, which server.mjs sets after dropping any a client sent.
    expect(clientAddress(new Headers({ 'x-portal-client-address': '9.9.9.9' }))).toBe('9.9.9.9');
  });
});

describe('the colleague link', () => {
  it('carries the kind of workplace and a listed municipality, never typed text', () => {
    const municipalities = ['Aarhus'];
    expect(colleagueQuery(form(valid), municipalities)).toBe('?arbejdsplads=municipality&kommune=Aarhus');
    expect(colleagueQuery(form({ ...valid, organisationKind: 'police', organisation: 'Jens Hansens Politi' }), municipalities)).toBe(
      '?arbejdsplads=police',
    );
    expect(colleagueQuery(form({ ...valid, organisationKind: 'pirates' }), municipalities)).toBe('');
    expect(colleaguePrefill({ arbejdsplads: 'municipality', kommune: 'Aarhus' }, municipalities)).toEqual({
      organisationKind: 'municipality',
      municipality: 'Aarhus',
    });
    expect(colleaguePrefill({ arbejdsplads: 'municipality', kommune: '<script>' }, municipalities)).toEqual({
      organisationKind: 'municipality',
    });
    expect(colleaguePrefill({ arbejdsplads: ['police', 'school'] }, municipalities)).toEqual({});
  });
});
