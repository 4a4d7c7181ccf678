// A minimal static file server for the built page, mounted under a sub-path so the tests
// prove the page works when dist/ is copied anywhere. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
};

export function serveDirectory(root, mount = '/') {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(mount)) { response.writeHead(404).end(); return; }
    let relative = path.slice(mount.length) || 'index.html';
    relative = normalize(relative).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, relative));
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] || 'application/octet-stream',
        'Content-Length': body.length, 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${mount}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
