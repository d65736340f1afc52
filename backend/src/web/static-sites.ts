import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';

/** Where the built front ends are, relative to the backend package. */
export const SITES = [
  { mount: '/admin', dir: resolve(__dirname, '../../../admin/dist') },
  { mount: '/', dir: resolve(__dirname, '../../../storefront/dist') },
];

/**
 * Serves the storefront at / and the admin at /admin from their Vite builds, with the SPA fallback
 * (any non-file GET under the mount that accepts HTML gets index.html). /api is never touched.
 */
export function mountStaticSites(app: INestApplication, sites = SITES): void {
  const logger = new Logger('StaticSites');
  for (const site of sites) {
    const index = join(site.dir, 'index.html');
    if (!existsSync(index)) {
      logger.warn(`${site.mount}: no build at ${site.dir} (run the build first); not served`);
      continue;
    }
    const isApi = (req: Request) => req.originalUrl === '/api' || req.originalUrl.startsWith('/api/');
    const files = express.static(site.dir, { index: false, maxAge: '1h' });
    app.use(site.mount, (req: Request, res: Response, next: NextFunction) => (isApi(req) ? next() : files(req, res, next)));
    app.use(site.mount, (req: Request, res: Response, next: NextFunction) => {
      if (isApi(req) || (req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
      if (site.mount === '/' && (req.originalUrl === '/admin' || req.originalUrl.startsWith('/admin/'))) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
}
