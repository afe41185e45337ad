const express = require('express');
const http = require('http');

function startPortal(port) {
  const app = express();
  app.get('/health', (req, res) => res.send('ok'));
  // ruleid: javascript-plain-http-server
  http.createServer(app).listen(port, () => console.log('portal on ' + port));
}

function startApi(port) {
  const api = express();
  // ruleid: javascript-plain-http-server
  api.listen(port);
}

function startBehindProxy(port) {
  const app = express();
  app.set('trust proxy', 1);
  // ok: javascript-plain-http-server
  app.listen(port);
}

function startMetrics() {
  const metrics = express();
  // ok: javascript-plain-http-server
  metrics.listen(9100, '127.0.0.1');
}

function startBoth(options, port) {
  const app = express();
  https.createServer(options, app).listen(443);
  // ok: javascript-plain-http-server
  http.createServer(redirectToHttps).listen(port);
}

class Portal {
  listen(...args) {
    const server = http.createServer(this.callback());
    // ok: javascript-plain-http-server
    return server.listen(...args);
  }
}
