import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { WebAppSettings } from './web-app-options';
import { CACHE_CONTROL, type WebAppCachePolicy, webAppRequestOf } from './web-app-request';
import { WEB_APP_NOT_BUILT_PAGE, webAppNotBuiltProblem } from './web-app-not-built';

const INDEX = 'index.html';

/**
 * The content security policy of the app's page: its own scripts, styles and API only; photos the buyer picks are
 * previewed from `blob:` URLs; never framed.
 */
export const WEB_APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves the built web app (see {@link webAppRequestOf} for which requests): files of the build with their cache
 * policy, `index.html` for every route of the app, a 503 while the app is not built. Everything else goes on to the
 * console's controllers (and their 404 problem).
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebApp');

  constructor(private readonly settings: WebAppSettings) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const request = webAppRequestOf(req.method, req.originalUrl);
    if (request.kind === 'pass') return next();
    if (!(await isFile(this.settings.indexFile))) return this.notBuilt(req, res, next);
    if (request.kind === 'page') return this.send(INDEX, request.cache, res, next);
    if (!(await isFile(join(this.settings.distDir, request.file)))) return next();
    return this.send(request.file, request.cache, res, next);
  }

  /** Sends `file` (relative to the build folder; the request rules already refused traversal and hidden files). */
  private send(file: string, cache: WebAppCachePolicy, res: Response, next: NextFunction): void {
    const page = file === INDEX;
    res.setHeader('Cache-Control', CACHE_CONTROL[cache]);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (page) {
      res.setHeader('Content-Security-Policy', WEB_APP_CSP);
      res.setHeader('Referrer-Policy', 'same-origin');
    }
    res.sendFile(file, { root: this.settings.distDir, dotfiles: 'deny', cacheControl: false, lastModified: true }, (error?: Error & { code?: string }) => {
      if (!error || res.headersSent) return;
      if (error.code === 'ENOENT') return next();
      next(error);
    });
  }

  private notBuilt(req: Request, res: Response, next: NextFunction): void {
    this.logger.warn(`web app not built: ${this.settings.indexFile} is missing`);
    if (req.accepts(['json', 'html']) === 'html') {
      res.status(503).setHeader('Cache-Control', 'no-store');
      res.type('html').send(WEB_APP_NOT_BUILT_PAGE);
      return;
    }
    next(webAppNotBuiltProblem());
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
