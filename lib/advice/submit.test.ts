import { describe, expect, it } from 'vitest';
import { type AdvicePorts, submitAdvice } from './submit';

const origin = 'https://portal.example';
const token = 'B'.repeat(22);

function form(values: Record<string, string>, extra: [string, string][] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ token, website: '', ...values })) data.append(name, value);
  for (const [name, value] of extra) data.append(name, value);
  return data;
}

const valid = {
  organisationKind: 'association',
  municipality: '',
  organisation: 'Foreningen',
  name: 'Test Person',
  role: 'Formand',
  email: 'Test@Example.org',
  phone: '+45 12 34 56 78',
  offer: 'raad-om-et-konkret-problem',
  description: 'Hvordan taler vi med medlemmerne om chikane?',
  timing: 'Efter sommerferien',
};

function recordingPorts({ configured = true, allowed = true } = {}) {
  const calls: string[] = [];
  const ports: AdvicePorts = {
    configured,
    async allow(key) {
      calls.push(`allow ${key}`);
      return allowed;
    },
    async store(input, key) {
      calls.push(`store ${input.email} ${input.offer} ${key}`);
      return 'R-ABCD-EFGH';
    },
  };
  return { calls, ports };
}

const context = (ports: AdvicePorts, headers: Record<string, string> = { origin, 'x-forwarded-for': '198.51.100.7' }) => ({
  headers: new Headers(headers),
  publicOrigin: origin,
  choices: { municipalities: ['Aarhus'], offers: ['raad-om-et-konkret-problem'] },
  ports,
});

describe('submitAdvice', () => {
  it('stores a valid request with its token after counting both keys, and answers with the reference', async () => {
    const { calls, ports } = recordingPorts();
    expect(await submitAdvice(form(valid), context(ports))).toEqual({ kind: 'receipt', reference: 'R-ABCD-EFGH' });
    expect(calls).toEqual([
      'allow ip:198.51.100.7',
      'allow email:test@example.org',
      `store Test@Example.org raad-om-et-konkret-problem ${token}`,
    ]);
  });

  it('refuses before anything is counted or stored: foreign origin, no origin, honeypot, bad token, repeated field', async () => {
    const cases: [FormData, Record<string, string>, string][] = [
      [form(valid), { origin: 'https://evil.example' }, 'cross-site'],
      [form(valid), { origin, 'sec-fetch-site': 'cross-site' }, 'cross-site'],
      [form(valid), {}, 'cross-site'],
      [form({ ...valid, website: 'http://spam.example' }), { origin }, 'spam'],
      [form({ ...valid, token: 'short' }), { origin }, 'malformed'],
      [form(valid, [['email', 'second@example.org']]), { origin }, 'malformed'],
    ];
    for (const [data, headers, refused] of cases) {
      const { calls, ports } = recordingPorts();
      const result = await submitAdvice(data, context(ports, headers));
      expect(result.kind === 'form' && result.state.refused, refused).toBe(refused);
      expect(calls).toEqual([]);
    }
  });

  it('sends nothing back from a cross-site post: the values are not reflected', async () => {
    const { ports } = recordingPorts();
    const result = await submitAdvice(form({ ...valid, name: '<script>x</script>' }), context(ports, { origin: 'https://evil.example' }));
    expect(result.kind === 'form' && result.state.values.name).toBe('');
  });

  it('refuses every send while no inbox is configured, storing nothing', async () => {
    const { calls, ports } = recordingPorts({ configured: false });
    const result = await submitAdvice(form(valid), context(ports));
    expect(result.kind === 'form' && result.state.refused).toBe('not-configured');
    expect(calls).toEqual([]);
  });

  it('gives the values and errors back for a wrong field, with the same token', async () => {
    const { calls, ports } = recordingPorts();
    const result = await submitAdvice(form({ ...valid, description: 'x'.repeat(2001) }), context(ports));
    expect(result.kind === 'form' && result.state.errors).toEqual({ description: 'too-long' });
    expect(result.kind === 'form' && result.state.token).toBe(token);
    expect(calls).toEqual([]);
  });

  it('cuts a huge field before keeping it, and says the form was malformed', async () => {
    const { ports } = recordingPorts();
    const result = await submitAdvice(form({ ...valid, description: 'x'.repeat(100_000) }), context(ports));
    expect(result.kind === 'form' && result.state.refused).toBe('malformed');
    expect(result.kind === 'form' && result.state.values.description.length).toBeLessThanOrEqual(4000);
  });

  it('stops at the rate limit without storing', async () => {
    const { calls, ports } = recordingPorts({ allowed: false });
    const result = await submitAdvice(form(valid), context(ports));
    expect(result.kind === 'form' && result.state.refused).toBe('rate-limited');
    expect(calls).toEqual(['allow ip:198.51.100.7']);
  });
});
