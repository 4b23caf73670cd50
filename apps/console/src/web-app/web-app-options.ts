import { join, resolve } from 'node:path';

/** Where the built web app is: `apps/console/web/dist`, written by `vite build` (see `build-web-app.ts`). */
export const DEFAULT_WEB_APP_DIST = resolve(__dirname, '..', '..', 'web', 'dist');

/** Options of {@link WebAppModule.forRoot}. */
export interface WebAppOptions {
  /** The folder `vite build` wrote (default {@link DEFAULT_WEB_APP_DIST}). */
  distDir?: string;
}

/** The resolved options, injected into the middleware. */
export class WebAppSettings {
  constructor(
    /** Absolute path of the built app. */
    readonly distDir: string,
  ) {}

  /** The app's page, served for every route of the app. */
  get indexFile(): string {
    return join(this.distDir, 'index.html');
  }

  static of(options: WebAppOptions = {}): WebAppSettings {
    return new WebAppSettings(resolve(options.distDir ?? DEFAULT_WEB_APP_DIST));
  }
}
